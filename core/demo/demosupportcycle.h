#pragma once
// The steps of the demo generator that fill the support cycle (DOMAIN.md §3) over the five
// academic years before the reference date, after the tree and the staff: every record goes
// through its repository (which validates it) and is dated on a day its person works.
#include "demo/democontext.h"
#include "status.h"

// About 40 further-training programmes (≥ 16 hours and shorter, some in the federal registry),
// each with a competence area, registered by the region.
Status generateDemoCourseCatalogue(DemoContext& context);
// Methodical events each year at the school, municipal, hub and regional level, with 10–60
// participants from the organiser's subtree (a few of them speakers).
Status generateDemoEvents(DemoContext& context);
// Diagnostics of deficits: about 60 % of the staff in any three years, levels following each
// person's competence (novices lower, better after a successful route); plans the routes.
Status generateDemoDiagnostics(DemoContext& context);
// Routes built from the diagnostics (createFromDiagnostic) with items drawn from the courses and
// events of the deficit areas, reviews and an outcome; done course items are completed courses.
Status generateDemoRoutes(DemoContext& context);
// Traditional mentoring for most novices, by an experienced colleague of the same organisation.
Status generateDemoMentoring(DemoContext& context);
// Course completions: most staff complete a course of 16 hours or more every two to three years.
Status generateDemoCourseCompletions(DemoContext& context);
// Attestations matching the persons' categories, earlier ones, and some refusals.
Status generateDemoAttestations(DemoContext& context);
// Competitions (Учитель года, Воспитатель года, ...) each year at the municipal and regional level.
Status generateDemoCompetitions(DemoContext& context);

// Who a person is as an audience of programmes (DemoAudience bits).
unsigned demoAudienceOf(const DemoContext& context, const DemoStaffMember& member);
// A programme of the catalogue for the audience (index into DemoCycle::courses), in the area
// when one is given, of at least 16 hours when asked; registry programmes come first more often.
// -1 when none fits.
int demoCourseFor(const DemoContext& context, DemoRandom& random, unsigned audience, const QString& area, bool longOnly);

// The work of the steps in items of progress, known before any step runs (from the planned tree).
inline int demoPersonStepWork(const DemoContext& context) { return context.tree.plannedStaff(); }
inline int demoSmallStepWork(const DemoContext& context) { return std::max(1, context.tree.plannedStaff() / 10); }
