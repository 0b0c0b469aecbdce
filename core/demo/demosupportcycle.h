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
// Methodical associations: ШМО of every school, РМО of every municipality, a community of mentors
// per hub, a few regional ones; members for the time they work there.
Status generateDemoAssociations(DemoContext& context);
// Targeted consultations by the municipalities' methodists, for persons with routes, novices and
// staff of flagged organisations first.
Status generateDemoConsultations(DemoContext& context);
// The innovation sites the tree marks, and a few ended ones.
Status generateDemoInnovationSites(DemoContext& context);
// The bank of methodical materials, mostly by staff of high categories, mostly approved.
Status generateDemoMaterials(DemoContext& context);
// Spring surveys of needs and satisfaction in every municipality, some anonymous.
Status generateDemoSurveys(DemoContext& context);
// Students' results (ВПР, retention) of most teachers per year, rising after a successful route.
Status generateDemoStudentResults(DemoContext& context);
// The annual plans of the region, hubs and municipalities with their events and execution.
Status generateDemoPlan(DemoContext& context);
// The risk registers of the region and the municipalities.
Status generateDemoRisks(DemoContext& context);
// The presence checklist (C01–C16) of municipalities and organisations from 2023/24 on.
Status generateDemoChecklist(DemoContext& context);

// A methodist (or else the head) of the municipality's methodical service working on the date;
// 0 when there is none.
qint64 demoServiceMethodist(DemoContext& context, int municipality, const QDate& date);

// Who a person is as an audience of programmes (DemoAudience bits).
unsigned demoAudienceOf(const DemoContext& context, const DemoStaffMember& member);
// A programme of the catalogue for the audience (index into DemoCycle::courses), in the area
// when one is given, of at least 16 hours when asked; registry programmes come first more often.
// -1 when none fits.
int demoCourseFor(const DemoContext& context, DemoRandom& random, unsigned audience, const QString& area, bool longOnly);

// The work of the steps in items of progress, known before any step runs (from the planned tree).
inline int demoPersonStepWork(const DemoContext& context) { return context.tree.plannedStaff(); }
inline int demoSmallStepWork(const DemoContext& context) { return std::max(1, context.tree.plannedStaff() / 10); }
