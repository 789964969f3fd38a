// Clock times for the temporal recogniser: digits ("13:54", "3 p.m.", "1140 a.m.", "15h00",
// "7p", "11ish"), words ("noon", "midday", "ten thirty", "twelve oh three") and clock-face
// phrases ("half past seven", "a quarter to 5pm", "eight o'clock").
#include <array>
#include <string_view>

#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

// Parses the time at toks[i]: "13:54", "3 p.m.", "noon". Returns tokens used, 0 if none.
int ReadTimeImpl(const std::array<Tok, kMaxToks>& toks, int i, int n, Reading* r) {
  const Tok& t = toks[i];
  if (t.kind == TokKind::kWord) {
    if (EqualsNoCase(t.text, "noon")) {
      r->hour = 12;
      r->minute = 0;
      return 1;
    }
    if (EqualsNoCase(t.text, "midnight")) {
      r->hour = 0;
      r->minute = 0;
      return 1;
    }
    if (EqualsNoCase(t.text, "noonish") || EqualsNoCase(t.text, "midday")) {
      r->hour = 12;
      r->minute = 0;
      return 1;
    }
    if (EqualsNoCase(t.text, "mid") && i + 1 < n) {  // "mid day", "mid-day"
      const int k = toks[i + 1].text == "-" ? i + 2 : i + 1;
      if (k < n && EqualsNoCase(toks[k].text, "day")) {
        r->hour = 12;
        r->minute = 0;
        return k - i + 1;
      }
    }
    return 0;
  }
  if (t.kind != TokKind::kNumber || t.has_suffix || t.digits > 4) return 0;
  int j = i + 1;
  int hour = t.number, minute = -1, second = -1;
  bool written = false;
  if (t.digits >= 3) {  // "1140 a.m.": only with am/pm, checked below
    hour = t.number / 100;
    minute = t.number % 100;
    if (minute > 59) return 0;
  }
  // "8.10 pm": a dot between hour and minutes, only with am/pm.
  bool dotted = false;
  if (t.digits <= 2 && j + 2 < n && toks[j].text == "." && toks[j + 1].kind == TokKind::kNumber &&
      toks[j + 1].digits == 2 && toks[j + 2].kind == TokKind::kWord &&
      (EqualsNoCaseNoDots(toks[j + 2].text, "am") || EqualsNoCaseNoDots(toks[j + 2].text, "pm"))) {
    minute = toks[j + 1].number;
    j += 2;
    dotted = true;
  }
  if (j + 1 < n && toks[j].text == ":" && toks[j + 1].kind == TokKind::kNumber &&
      toks[j + 1].digits == 2) {
    minute = toks[j + 1].number;
    written = true;
    j += 2;
    if (j + 1 < n && toks[j].text == ":" && toks[j + 1].kind == TokKind::kNumber &&
        toks[j + 1].digits == 2) {
      second = toks[j + 1].number;
      j += 2;
    }
  }
  // "15h00", "9h30": an h between hour and minutes.
  if (t.digits <= 2 && minute < 0 && j + 1 < n && EqualsNoCase(toks[j].text, "h") &&
      toks[j].begin == t.end && toks[j + 1].kind == TokKind::kNumber && toks[j + 1].digits == 2 &&
      toks[j + 1].begin == toks[j].end && hour <= 23 && toks[j + 1].number <= 59) {
    r->hour = hour;
    r->minute = toks[j + 1].number;
    r->minute_written = true;
    return j + 2 - i;
  }
  // "11ish", "7p", "7a": glued to the hour.
  if (t.digits <= 2 && minute < 0 && j < n && toks[j].begin == t.end && hour >= 1 && hour <= 12 &&
      (EqualsNoCase(toks[j].text, "ish") || EqualsNoCase(toks[j].text, "a") ||
       EqualsNoCase(toks[j].text, "p"))) {
    r->hour = Lower(toks[j].text[0]) == 'p'   ? hour % 12 + 12
              : Lower(toks[j].text[0]) == 'a' ? hour % 12
                                              : hour;
    r->minute = 0;
    return j + 1 - i;
  }
  if (j < n && toks[j].kind == TokKind::kWord) {
    const bool am = EqualsNoCaseNoDots(toks[j].text, "am");
    const bool pm = EqualsNoCaseNoDots(toks[j].text, "pm");
    if (am || pm) {
      if (hour < 1 || hour > 12) return 0;
      hour = hour % 12 + (pm ? 12 : 0);
      ++j;
      if (j < n && toks[j].text == "." && toks[j].begin == toks[j - 1].end) ++j;
      r->hour = hour;
      r->minute = minute < 0 ? 0 : minute;
      r->second = second;
      r->minute_written = written;
      return j - i;
    }
  }
  if (dotted || t.digits >= 3) return 0;  // these forms need am/pm
  if (minute < 0 || hour > 23 || minute > 59 || second > 59) return 0;
  r->hour = hour;
  r->minute = minute;
  r->second = second;
  r->minute_written = written;
  return j - i;
}

// am / pm at toks[j]: "pm", "p.m.", "a m" (spelled out in two letters). Returns tokens used.
int AmPmAt(const std::array<Tok, kMaxToks>& toks, int j, int n, bool* pm) {
  if (j >= n || toks[j].kind != TokKind::kWord) return 0;
  if (EqualsNoCaseNoDots(toks[j].text, "am") || EqualsNoCaseNoDots(toks[j].text, "pm")) {
    *pm = Lower(toks[j].text[0]) == 'p';
    return j + 1 < n && toks[j + 1].text == "." && toks[j + 1].begin == toks[j].end ? 2 : 1;
  }
  if ((EqualsNoCase(toks[j].text, "a") || EqualsNoCase(toks[j].text, "p")) && j + 1 < n &&
      EqualsNoCase(toks[j + 1].text, "m")) {
    *pm = Lower(toks[j].text[0]) == 'p';
    return 2;
  }
  return 0;
}

// "o'clock", "oclock", "o clock", "o’clock" at toks[j]. Returns tokens used.
int OClockAt(const std::array<Tok, kMaxToks>& toks, int j, int n) {
  if (j >= n) return 0;
  if (EqualsNoCase(toks[j].text, "oclock")) return 1;
  if (!EqualsNoCase(toks[j].text, "o")) return 0;
  int k = j + 1;
  while (k < n && k - j <= 3 && toks[k].kind == TokKind::kPunct) ++k;
  return k < n && EqualsNoCase(toks[k].text, "clock") ? k - j + 1 : 0;
}

// An hour at toks[j]: 1-12 in digits or a word. Returns tokens used.
int HourAt(const std::array<Tok, kMaxToks>& toks, int j, int n, int* hour) {
  if (j >= n) return 0;
  if (toks[j].kind == TokKind::kNumber && !toks[j].has_suffix && toks[j].digits <= 2 &&
      toks[j].number >= 1 && toks[j].number <= 12) {
    *hour = toks[j].number;
    return 1;
  }
  const int c = toks[j].kind == TokKind::kWord ? LookupCountWord(toks[j].text) : -1;
  if (c >= 1 && c <= 12 && !EqualsNoCase(toks[j].text, "a") && !EqualsNoCase(toks[j].text, "an")) {
    *hour = c;
    return 1;
  }
  return 0;
}

// A count of minutes in words at toks[j]: "thirty", "forty five", "twenty-seven", "oh three"
// (only with `oh`). Returns tokens used.
int MinuteWordsAt(const std::array<Tok, kMaxToks>& toks, int j, int n, bool oh, int* minutes) {
  if (j >= n || toks[j].kind != TokKind::kWord) return 0;
  const std::string_view w = toks[j].text;
  if (oh && (EqualsNoCase(w, "oh") || EqualsNoCase(w, "o") || EqualsNoCase(w, "ou") ||
             EqualsNoCase(w, "zero"))) {
    int k = j + 1;
    if (k < n && toks[k].text == "-") ++k;
    const int u = k < n ? LookupCountWord(toks[k].text) : -1;
    if (u >= 1 && u <= 9 && !EqualsNoCase(toks[k].text, "a")) {
      *minutes = u;
      return k - j + 1;
    }
    return 0;
  }
  const int c = LookupCountWord(w);
  if (c < 1 || c >= 60 || EqualsNoCase(w, "a") || EqualsNoCase(w, "an")) return 0;
  if (c >= 20 && c % 10 == 0) {
    int k = j + 1;
    if (k < n && toks[k].text == "-") ++k;
    const int u = k < n ? LookupCountWord(toks[k].text) : -1;
    if (u >= 1 && u <= 9 && !EqualsNoCase(toks[k].text, "a") && !EqualsNoCase(toks[k].text, "an")) {
      *minutes = c + u;
      return k - j + 1;
    }
  }
  *minutes = c;
  return 1;
}

// Clock times in words: "ten thirty", "twelve oh three", "nine fifty nine a m", "eight
// o'clock", "half past seven", "a quarter to 5pm", "thirty-six minutes past eight", "10 past 9".
// Returns tokens used, 0 if none.
int ReadClockWordsImpl(const std::array<Tok, kMaxToks>& toks, int i, int n, Reading* r) {
  int hour = 0, minute = 0, j = i;
  bool written = false;
  // "half past", "a quarter to", "ten (minutes) past".
  {
    int k = i, m = -1;
    if (EqualsNoCase(toks[k].text, "half")) {
      m = 30, ++k;
    } else if (EqualsNoCase(toks[k].text, "quarter") ||
               (EqualsNoCase(toks[k].text, "a") && k + 1 < n &&
                EqualsNoCase(toks[k + 1].text, "quarter"))) {
      k += EqualsNoCase(toks[k].text, "a") ? 2 : 1;
      m = 15;
    } else if (toks[k].kind == TokKind::kNumber && !toks[k].has_suffix && toks[k].digits <= 2 &&
               toks[k].number < 60) {
      m = toks[k].number, ++k;
    } else if (int used = MinuteWordsAt(toks, k, n, false, &m); used > 0) {
      k += used;
    }
    bool minutes_word = false;
    if (m >= 0 && k < n &&
        (EqualsNoCase(toks[k].text, "minute") || EqualsNoCase(toks[k].text, "minutes"))) {
      ++k;
      minutes_word = true;
    }
    const bool past = k < n && EqualsNoCase(toks[k].text, "past");
    // "5 to 6pm" is a range: a small number before "to" is a clock time only with "minutes".
    const bool to = k < n && EqualsNoCase(toks[k].text, "to") &&
                    (minutes_word || m > 12 || EqualsNoCase(toks[i].text, "quarter") ||
                     EqualsNoCase(toks[i].text, "a") || EqualsNoCase(toks[i].text, "half"));
    if (m >= 0 && (past || to) && HourAt(toks, k + 1, n, &hour) > 0) {
      j = k + 2;
      minute = m;
      if (to) {
        hour = hour == 1 ? 12 : hour - 1;
        minute = 60 - m;
      }
      written = true;
      j += OClockAt(toks, j, n);
    }
  }
  if (j == i) {
    const int used = HourAt(toks, i, n, &hour);
    if (used == 0) return 0;
    j = i + used;
    if (const int oc = OClockAt(toks, j, n); oc > 0) {
      j += oc;  // "eight o'clock"
    } else if (toks[i].kind == TokKind::kWord) {
      int m = 0;
      if (j + 1 < n && toks[j].text == "-") ++j;  // "ten-thirty"
      const int mu = MinuteWordsAt(toks, j, n, true, &m);
      if (mu == 0 || (m % 10 == 0 && m != 30 && mu == 1)) return 0;  // "three twenty"
      j += mu;
      minute = m;
      written = true;
      if (j < n && EqualsNoCase(toks[j].text, "minutes")) ++j;
    } else {
      return 0;
    }
  }
  bool pm = false;
  if (const int ap = AmPmAt(toks, j, n, &pm); ap > 0) {
    hour = hour % 12 + (pm ? 12 : 0);
    j += ap;
  }
  r->hour = hour;
  r->minute = minute;
  r->minute_written = written;
  return j - i;
}

}  // namespace

int ReadTime(const std::array<Tok, kMaxToks>& toks, int i, int n, Reading* r) {
  return ReadTimeImpl(toks, i, n, r);
}

int ReadClockWords(const std::array<Tok, kMaxToks>& toks, int i, int n, Reading* r) {
  return ReadClockWordsImpl(toks, i, n, r);
}

}  // namespace datetime_internal
}  // namespace claimscan
