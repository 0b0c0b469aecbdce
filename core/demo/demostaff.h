#pragma once
// The staff step: persons and their employments for every planned organisation — positions by
// the kind of organisation, rates, employment dates, people who left in the last three years
// (young ones more often), moves between organisations of a municipality and second part-time
// jobs. Persons are inserted through PersonRepository, which validates them.
#include "status.h"

struct DemoContext;

Status generateDemoStaff(DemoContext& context);
