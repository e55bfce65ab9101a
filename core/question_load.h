// Builds the question bank from data/questions.json and checks it against the catalog: exactly one best
// answer and a reason for every option, checklist items and sources that exist, no stem used twice.
// Every problem names the file and the field, like the catalog's own check.
#pragma once
#include <string>

#include "catalog.h"
#include "catalog_load.h"
#include "problem.h"
#include "question.h"

namespace certplan {

struct QuestionLoad {
    QuestionBank bank;
    Problems problems;
    bool ok() const { return problems.empty(); }
};

QuestionLoad load_questions(const DataFile& file, const Catalog& catalog);

}  // namespace certplan
