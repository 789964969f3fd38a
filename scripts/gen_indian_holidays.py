#!/usr/bin/python3
"""Generates data/dates/holidays_indian.tsv: the Gregorian dates of festivals of the Hindu
lunisolar calendar, of the Hindu solar calendars (Tamil, Malayalam, Bengali, Punjabi) and of the
Parsi (Shahenshahi) calendar, for 1950-2100, computed from astronomy.

Requirements (only to regenerate; the build and the tests read the committed table):

    apt-get install python3-ephem      # PyEphem 4.1.4 (Debian bookworm)
    /usr/bin/python3 scripts/gen_indian_holidays.py > data/dates/holidays_indian.tsv

(Two arguments, a first and a last year, print a shorter span, for checking.)

PyEphem gives the apparent geocentric ecliptic longitudes of the Sun and the Moon (equinox of
date) and the times of sunrise and sunset. Conventions, all of them fixed here and nowhere else:

  * Time and place. Days are civil days of Indian Standard Time (UTC+5:30). Sunrise and sunset
    are those of the Sun's upper limb with PyEphem's standard refraction, at New Delhi
    (28.6139 N, 77.2090 E) for the lunisolar festivals, Chennai (13.0827 N, 80.2707 E) for the
    Tamil solar month Thai and Kochi (9.9312 N, 76.2673 E) for the Malayalam month Chingam.
  * Tithi (lunar day): the Moon-Sun elongation in 12-degree steps; tithi 1-15 are the bright
    half (shukla paksha, 15 = purnima, the full moon), 16-30 the dark half (krishna paksha,
    30 = amavasya, the new moon).
  * Sidereal longitudes: tropical longitude minus the Lahiri (Chitrapaksha) ayanamsa, defined
    as 23 deg 15' 00.658" on 1956-03-21 and moved by the general precession in longitude
    (5028.796195" + 2.2108696" T per Julian century T from J2000).
  * Lunar months are amanta (new moon to new moon). A month is named by the sidereal sign the
    Sun is in at the new moon that begins it: Sun in Pisces -> Chaitra, Aries -> Vaishakha, ...,
    Aquarius -> Phalguna. When two successive new moons find the Sun in the same sign (no
    sankranti in the month), the first month is adhika (intercalary) and holds no festival;
    its namesake that follows (nija) does. A kshaya month (two sankrantis in one month; none
    between 1964 and 2123) is not treated specially. Krishna-paksha festivals are given in
    amanta months (Janmashtami: Shravana krishna 8 = Bhadrapada krishna 8 of the purnimanta
    north).
  * Which day keeps a tithi festival: the day on whose reference moment the tithi prevails.
    The moment is sunrise for most festivals; sunset + 72 min (the middle of pradosh) for
    Dhanteras, Diwali and Holika Dahan; the middle of the night (halfway from sunset to the next
    sunrise, nishita) for Maha Shivaratri and Krishna Janmashtami; the middle of the day
    (madhyahna) for Rama Navami and Ganesh Chaturthi; the middle of the fourth fifth of the
    daytime (aparahna, sunrise + 0.7 of the day) for Raksha Bandhan, Vijayadashami and Bhai
    Dooj. When the tithi prevails at two successive
    moments, the first day; when at none (it begins and ends between two moments), the day it
    falls in: for a sunrise moment the day whose sunrise precedes it, otherwise the day whose
    moment follows it.
  * Holika Dahan avoids Bhadra (Vishti karana, the first half of purnima), after the rule
    Dharmasindhu gives: it moves to the next day when Bhadra covers both the pradosh and the
    middle of the night of the pradosh day, purnima still prevails at the next sunrise, and
    either purnima reaches that day's pradosh or the pratipada after it grows (lasts longer
    than a day). Holi (Rangwali Holi) is the day after Holika Dahan. Navaratri is a range of days, from its
    first day (Ashvin shukla 1) through Vijayadashami.
  * Solar festivals: a sankranti is the moment the Sun's sidereal longitude reaches a multiple
    of 30 degrees. Thai Pongal (Makar Sankranti) is Tamil Thai 1: the day of the Makara
    sankranti (270 deg) if it comes before sunset at Chennai, else the next day; Bhogi, Mattu
    Pongal and Kaanum Pongal are the day before, after and two after. Vaisakhi is the IST
    civil day of the Mesha sankranti (0 deg). Rabindra Jayanti is 25 Boishakh of the Bengali
    solar calendar, whose first day is the day after the Mesha sankranti (before midnight the
    month begins the next day; between midnight and sunrise the moment belongs to the day
    before, so again the next civil day). Onam (Thiruvonam) is the day in the Malayalam month
    Chingam (Simha, 120 deg; the month begins on the sankranti's day when it comes before 3/5 of
    the daytime at Kochi has passed, else the next day) whose sunrise + 2 h 24 min (6 nazhika)
    has the Moon in the nakshatra Shravana / Thiruvonam (sidereal 280 to 293 deg 20'): the
    first such day after the first Atham (Hasta, 160 to 173 deg 20') of Chingam, since the ten
    days of Onam run from Atham to Thiruvonam; when no Thiruvonam follows Atham in Chingam, the
    month's first Thiruvonam. A nakshatra that begins and ends between two such moments counts
    for the day it began.
  * Parsi New Year (Jamshedi Navroz, Shahenshahi calendar): 1 Farvardin of a year of 365 days
    with no leap day, counted from the Yazdegerdi epoch, 16 June 632 (Julian calendar), plus the
    one intercalary month of 30 days the Shahenshahi reckoning keeps over the Qadimi one.

A holiday can fall twice in a Gregorian year (Guru Gobind Singh Jayanti); each occurrence is a
row, dated by its own Gregorian year. The output is sorted by holiday id and date.
"""
import datetime
import math
import sys

import ephem

FIRST_YEAR, LAST_YEAR = 1950, 2100
IST = datetime.timedelta(hours=5, minutes=30)
DELHI = ("28.6139", "77.2090")
CHENNAI = ("13.0827", "80.2707")
KOCHI = ("9.9312", "76.2673")

# Amanta month numbers.
(CHAITRA, VAISHAKHA, JYESHTHA, ASHADHA, SHRAVANA, BHADRAPADA, ASHVIN, KARTIKA, MARGASHIRSHA,
 PAUSHA, MAGHA, PHALGUNA) = range(12)
SUNRISE, PRADOSH, NISHITA, MADHYAHNA, APARAHNA = range(5)

# (id, amanta month, tithi 1-30, reference moment, days added).
LUNAR = [
    ("ugadi", CHAITRA, 1, SUNRISE, 0),
    ("rama_navami", CHAITRA, 9, MADHYAHNA, 0),
    ("mahavir_jayanti", CHAITRA, 13, SUNRISE, 0),
    ("hanuman_jayanti", CHAITRA, 15, SUNRISE, 0),
    ("akshaya_tritiya", VAISHAKHA, 3, SUNRISE, 0),
    ("ratha_yatra", ASHADHA, 2, SUNRISE, 0),
    ("guru_purnima", ASHADHA, 15, SUNRISE, 0),
    ("raksha_bandhan", SHRAVANA, 15, APARAHNA, 0),
    ("krishna_janmashtami", SHRAVANA, 23, NISHITA, 0),
    ("ganesh_chaturthi", BHADRAPADA, 4, MADHYAHNA, 0),
    ("navaratri", ASHVIN, 1, SUNRISE, 0),
    ("maha_saptami", ASHVIN, 7, SUNRISE, 0),
    ("durga_ashtami", ASHVIN, 8, SUNRISE, 0),
    ("maha_navami", ASHVIN, 9, SUNRISE, 0),
    ("vijayadashami", ASHVIN, 10, APARAHNA, 0),
    ("valmiki_jayanti", ASHVIN, 15, SUNRISE, 0),
    ("karva_chauth", ASHVIN, 19, SUNRISE, 0),
    ("dhanteras", ASHVIN, 28, PRADOSH, 0),
    ("naraka_chaturdashi", ASHVIN, 29, SUNRISE, 0),
    ("diwali", ASHVIN, 30, PRADOSH, 0),
    ("govardhan_puja", KARTIKA, 1, SUNRISE, 0),
    ("bhai_dooj", KARTIKA, 2, APARAHNA, 0),
    ("chhath", KARTIKA, 6, SUNRISE, 0),
    ("guru_nanak_jayanti", KARTIKA, 15, SUNRISE, 0),
    ("guru_gobind_singh_jayanti", PAUSHA, 7, SUNRISE, 0),
    ("vasant_panchami", MAGHA, 5, SUNRISE, 0),
    ("guru_ravidas_jayanti", MAGHA, 15, SUNRISE, 0),
    ("dayananda_saraswati_jayanti", MAGHA, 25, SUNRISE, 0),
    ("maha_shivaratri", MAGHA, 29, NISHITA, 0),
    ("holika_dahan", PHALGUNA, 15, PRADOSH, 0),
    ("holi", PHALGUNA, 15, PRADOSH, 1),
]

# Festivals kept out of Bhadra (after_bhadra).
AVOID_BHADRA = {"holika_dahan", "holi"}

# Navaratri is a range: from Ashvin shukla 1, its nine nights and the day after them,
# Vijayadashami (Dussehra), as Duckling counts it.
RANGE_UNTIL = {"navaratri": "vijayadashami"}


def norm(x):
    return x % 360.0


def ayanamsa(d):
    """Lahiri ayanamsa in degrees at ephem.Date d."""
    jd = float(d) + 2415020.0  # ephem dates count days from 1899-12-31 12:00 UT
    t0 = (2435553.5 - 2451545.0) / 36525.0
    t1 = (jd - 2451545.0) / 36525.0

    def integral(t):  # arcseconds of precession from J2000 to t
        return 5028.796195 * t + 2.2108696 * t * t / 2.0

    return 23.0 + 15.0 / 60.0 + 0.658 / 3600.0 + (integral(t1) - integral(t0)) / 3600.0


def sun_lon(d):
    s = ephem.Sun(d)
    return norm(math.degrees(s.hlon) + 180.0)


def moon_lon(d):
    return norm(math.degrees(ephem.Moon(d).hlon))


def elongation(d):
    return norm(moon_lon(d) - sun_lon(d))


def sidereal_sun(d):
    return norm(sun_lon(d) - ayanamsa(d))


def sidereal_moon(d):
    return norm(moon_lon(d) - ayanamsa(d))


def to_ist_date(d):
    return (ephem.Date(d).datetime() + IST).date()


def ist_midnight(day):
    """ephem.Date of 00:00 IST on `day`."""
    return ephem.Date(datetime.datetime(day.year, day.month, day.day) - IST)


class Place:
    def __init__(self, lat_lon):
        self.obs = ephem.Observer()
        self.obs.lat, self.obs.lon = lat_lon
        self.obs.elevation = 0
        self.cache = {}

    def sun_times(self, day):
        """(sunrise, sunset) of the IST civil day `day` as ephem.Date."""
        if day not in self.cache:
            self.obs.date = ist_midnight(day)
            sun = ephem.Sun()
            rise = self.obs.next_rising(sun)
            self.obs.date = rise
            sett = self.obs.next_setting(sun)
            self.cache[day] = (rise, sett)
        return self.cache[day]

    def moment(self, day, kind):
        rise, sett = self.sun_times(day)
        if kind == SUNRISE:
            return rise
        if kind == PRADOSH:
            return ephem.Date(sett + 72 * ephem.minute)
        if kind == MADHYAHNA:
            return ephem.Date((rise + sett) / 2)
        if kind == APARAHNA:
            return ephem.Date(rise + 0.7 * (sett - rise))
        next_rise = self.sun_times(day + datetime.timedelta(days=1))[0]
        return ephem.Date((sett + next_rise) / 2)


def crossing(f, target, lo, hi):
    """The moment in [lo, hi] at which the increasing angle f reaches `target` (bisection)."""
    for _ in range(50):
        mid = (lo + hi) / 2
        if norm(f(mid) - target + 180.0) - 180.0 < 0:
            lo = mid
        else:
            hi = mid
    return ephem.Date((lo + hi) / 2)


def new_moons(first_year, last_year):
    out = []
    d = ephem.Date("%d/11/01" % (first_year - 1))
    end = ephem.Date("%d/03/01" % (last_year + 1))
    while d < end:
        d = ephem.next_new_moon(d)
        out.append(ephem.Date(d))
        d = ephem.Date(d + 1)
    return out


def lunar_months(first_year, last_year):
    """[(month number, start new moon, end new moon)] for the nija (not adhika) months."""
    moons = new_moons(first_year, last_year)
    signs = [int(sidereal_sun(m) // 30) for m in moons]
    out = []
    for i in range(len(moons) - 1):
        if signs[i] == signs[i + 1]:
            continue  # adhika month: no sankranti in it
        out.append(((signs[i] + 1) % 12, moons[i], moons[i + 1]))
    return out


def tithi_at(moment, start, end):
    """Tithi 1-30 counted from the month's beginning new moon; <1 before it, >30 after the
    next."""
    e = elongation(moment)
    if moment < start:
        e -= 360.0
    elif moment >= end:
        e += 360.0
    return int(math.floor(e / 12.0)) + 1


def lunar_festival_day(place, start, end, tithi, kind):
    first = to_ist_date(start) - datetime.timedelta(days=1)
    days = [first + datetime.timedelta(days=k) for k in range(33)]
    for i, day in enumerate(days):
        t = tithi_at(place.moment(day, kind), start, end)
        if t == tithi:
            return day
        if t > tithi:  # the tithi began and ended between two moments
            return days[i - 1] if kind == SUNRISE else day
    raise RuntimeError("tithi %d not found after %s" % (tithi, start))


def after_bhadra(place, day, start, end):
    """Holika Dahan avoids Bhadra (Vishti karana, the first half of purnima, elongation 168 to
    174 deg). It moves to the next day when Bhadra covers the pradosh and the middle of the night
    of `day`, purnima still prevails at the next sunrise, and either purnima reaches the next
    day's pradosh or pratipada grows (lasts more than a day)."""
    e_pradosh = elongation(place.moment(day, PRADOSH))
    e_night = elongation(place.moment(day, NISHITA))
    next_day = day + datetime.timedelta(days=1)
    if not (168.0 <= e_pradosh < 174.0 and 168.0 <= e_night < 174.0):
        return day
    if tithi_at(place.moment(next_day, SUNRISE), start, end) != 15:
        return day
    if tithi_at(place.moment(next_day, PRADOSH), start, end) == 15:
        return next_day
    rise = place.moment(next_day, SUNRISE)
    purnima_end = crossing(elongation, 180.0, rise, ephem.Date(rise + 1))
    pratipada_end = crossing(elongation, 192.0, purnima_end, ephem.Date(purnima_end + 1.5))
    return next_day if pratipada_end - purnima_end > 1.0 else day


def sankranti(degrees, near):
    """The moment of the sidereal sankranti at `degrees` within 20 days of ephem.Date near."""
    return crossing(sidereal_sun, degrees, ephem.Date(near - 20), ephem.Date(near + 20))


def approx_ingress(year, degrees):
    # Sidereal Aries begins near April 14; the Sun moves about 30 degrees a month.
    base = datetime.date(year, 4, 14) + datetime.timedelta(days=round(degrees / 360.0 * 365.25))
    return ephem.Date(datetime.datetime(base.year, base.month, base.day))


def solar_rows(year, chennai, kochi):
    rows = []
    # Tamil Thai 1 (Makara sankranti, 270 deg), in January of `year`.
    t = sankranti(270.0, ephem.Date("%d/01/14" % year))
    day = to_ist_date(t)
    if t >= chennai.sun_times(day)[1]:
        day += datetime.timedelta(days=1)
    for hid, plus in (("bhogi", -1), ("thai_pongal", 0), ("mattu_pongal", 1),
                      ("kaanum_pongal", 2)):
        rows.append((hid, day + datetime.timedelta(days=plus), None))
    # Mesha sankranti (0 deg): Vaisakhi, and Boishakh 1 the next day.
    t = sankranti(0.0, ephem.Date("%d/04/14" % year))
    day = to_ist_date(t)
    rows.append(("vaisakhi", day, None))
    rows.append(("rabindra_jayanti", day + datetime.timedelta(days=1 + 24), None))
    # Malayalam Chingam (Simha, 120 deg) and Thiruvonam in it.
    t = sankranti(120.0, ephem.Date("%d/08/17" % year))
    day = to_ist_date(t)
    rise, sett = kochi.sun_times(day)
    if t > rise + 0.6 * (sett - rise):
        day += datetime.timedelta(days=1)
    t_next = sankranti(150.0, ephem.Date("%d/09/17" % year))
    last = to_ist_date(t_next)
    days = []  # (day, degrees past the start of Hasta, past the start of Shravana)
    d = day
    while d < last:
        moon = sidereal_moon(ephem.Date(kochi.sun_times(d)[0] + 144 * ephem.minute))
        days.append((d, norm(moon - 160.0), norm(moon - 280.0)))
        d += datetime.timedelta(days=1)
    atham = next((i for i, (_, h, _) in enumerate(days) if h < 40.0 / 3.0), len(days))
    onam = first_in_nakshatra(days[atham:]) or first_in_nakshatra(days)
    if onam is None:
        raise RuntimeError("no Thiruvonam in Chingam %d" % year)
    rows.append(("onam", onam, None))
    return rows


def first_in_nakshatra(days):
    """The first day whose moment has the Moon in Shravana, or, when Shravana began and ended
    between two moments, the day it began; None if neither happens in `days`."""
    for i, (d, _, past) in enumerate(days):
        if past < 40.0 / 3.0:
            return d
        if i > 0 and days[i - 1][2] > 180.0 and past < 90.0:
            return days[i - 1][0]
    return None


def parsi_new_years():
    # 16 June 632 Julian = JDN 1952063; Gregorian ordinal of JDN j is j - 1721425.
    epoch = datetime.date.fromordinal(1952063 - 1721425)
    rows = []
    year = 1
    while True:
        day = epoch + datetime.timedelta(days=365 * (year - 1) + 30)
        if day.year > LAST_YEAR:
            break
        if day.year >= FIRST_YEAR:
            rows.append(("parsi_new_year", day, None))
        year += 1
    return rows


def main():
    global FIRST_YEAR, LAST_YEAR
    if len(sys.argv) == 3:  # a shorter span, for checking
        FIRST_YEAR, LAST_YEAR = int(sys.argv[1]), int(sys.argv[2])
    delhi, chennai, kochi = Place(DELHI), Place(CHENNAI), Place(KOCHI)
    rows = []
    by_month = {}
    for hid, month, tithi, kind, plus in LUNAR:
        by_month.setdefault(month, []).append((hid, tithi, kind, plus))
    found = {}
    for month, start, end in lunar_months(FIRST_YEAR, LAST_YEAR):
        for hid, tithi, kind, plus in by_month.get(month, []):
            day = lunar_festival_day(delhi, start, end, tithi, kind)
            if hid in AVOID_BHADRA:
                day = after_bhadra(delhi, day, start, end)
            day += datetime.timedelta(days=plus)
            found[(hid, start)] = day
    for (hid, start), day in found.items():
        end = None
        if hid in RANGE_UNTIL:
            end = found[(RANGE_UNTIL[hid], start)]
        rows.append((hid, day, end))
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        rows.extend(solar_rows(year, chennai, kochi))
    rows.extend(parsi_new_years())
    rows = sorted(r for r in rows if FIRST_YEAR <= r[1].year <= LAST_YEAR)
    out = sys.stdout
    out.write("# Generated by scripts/gen_indian_holidays.py with PyEphem %s. Do not edit by hand."
              "\n" % ephem.__version__)
    out.write("# holiday_id\tyear\tstart\tend (inclusive; empty = one day)\n")
    for hid, start, end in rows:
        out.write("%s\t%d\t%s\t%s\n" % (hid, start.year, start.isoformat(),
                                       "" if end is None or end == start else end.isoformat()))


if __name__ == "__main__":
    main()
