#include "claimscan/tag.h"

namespace claimscan {
namespace {

constexpr std::string_view kTypeNames[kEntityTypeCount] = {
    "PERSON", "ORG",  "GPE",      "LOC",   "FAC",     "NORP",     "LAW",    "EVENT",
    "DATE",   "TIME", "QUANTITY", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"};

}  // namespace

std::string_view EntityTypeName(EntityType t) {
  auto i = static_cast<size_t>(t);
  return i < kEntityTypeCount ? kTypeNames[i] : "UNKNOWN";
}

bool ParseEntityType(std::string_view name, EntityType* out) {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    if (kTypeNames[i] == name) {
      *out = static_cast<EntityType>(i);
      return true;
    }
  }
  return false;
}

std::string_view RecogniserName(Recogniser r) {
  switch (r) {
    case Recogniser::kGazetteer:
      return "gazetteer";
    case Recogniser::kPattern:
      return "pattern";
    case Recogniser::kNames:
      return "names";
    case Recogniser::kAlias:
      return "alias";
  }
  return "unknown";
}

std::string_view QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kLessThan:
      return "less_than";
    case Qualifier::kAbout:
      return "about";
    case Qualifier::kRange:
      return "range";
  }
  return "unknown";
}

}  // namespace claimscan
