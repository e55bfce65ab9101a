// The Plan tab's parts, each drawn by the file for what the user sees, and laid out by draw_plan_view
// (plan_view.cpp). Private to those files: the rest of the app knows only draw_plan_view (views.h).
#pragma once
#include "app.h"
#include "views.h"

// The questions and the advice (plan_questions_view.cpp).
void draw_questionnaire(App& app);
void draw_advice(App& app);
// A "skip" verdict's plan: what to build instead, week by week.
void draw_build_plan(App& app);

// This week (this_week_view.cpp): what to study now, and the check-in.
void draw_check_in(App& app, Views& views);

// The weeks (weeks_view.cpp).
// The plan's one statement about the date, coloured by its tone.
void draw_date_statement(App& app);
// On a phone, above the questions: the plan in short.
void draw_plan_in_short(App& app);
void draw_estimate(App& app);
void draw_timeline(App& app);
void draw_weeks(App& app);
void draw_courses(App& app);
void draw_study_path(App& app);
void draw_exports(App& app);
