import Testing

@testable import Corpus

@Suite struct CalendarDateTests {
  @Test(arguments: [
    ("2019.05.10 / 17:37", "2019-05-10"),
    ("Fri Nov 26 , 2021", "2021-11-26"),
    ("Friday, June 23rd 2023 - 09:14 UTC", "2023-06-23"),
    ("24 June 2023, 6:05pm", "2023-06-24"),
    ("3rd of July, 2023", "2023-07-03"),
    ("2023-06-24T18:05:00Z", "2023-06-24"),
    ("Posted 13/04/2022", "2022-04-13"),
    ("04/13/2022", "2022-04-13"),
    ("Sept. 5, 2020", "2020-09-05"),
  ])
  func datesAsSitesWriteThemReadAsOneDay(_ written: String, _ expected: String) {
    #expect(CalendarDate(parsing: written)?.description == expected)
  }

  @Test func textWithoutADateHasNone() {
    for text in ["Home page Politics", "12 Punto 14 Punto", "March", "May 2023", "99.99.9999"] {
      #expect(CalendarDate(parsing: text) == nil, "\(text)")
    }
  }

  @Test func daysCompareInCalendarOrder() {
    let earlier = CalendarDate(year: 2019, month: 12, day: 31)!
    let later = CalendarDate(year: 2020, month: 1, day: 2)!
    #expect(earlier < later)
  }
}
