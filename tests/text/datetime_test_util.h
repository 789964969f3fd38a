// Shared by the date tests: one TemporalRecognizer (built without a data folder, so without
// the holiday table) for each test suite that derives from RecognizerSuite.
#ifndef CLAIMSCAN_TESTS_TEXT_DATETIME_TEST_UTIL_H_
#define CLAIMSCAN_TESTS_TEXT_DATETIME_TEST_UTIL_H_

#include <utility>

#include "claimscan/datetime.h"
#include "gtest/gtest.h"

namespace claimscan {

class RecognizerSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = TemporalRecognizer::Create();
    ASSERT_TRUE(r.ok()) << r.status();
    recognizer_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() {
    delete recognizer_;
    recognizer_ = nullptr;
  }

  static inline const TemporalRecognizer* recognizer_ = nullptr;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TESTS_TEXT_DATETIME_TEST_UTIL_H_
