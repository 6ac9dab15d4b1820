/// Continents and great regions of the world: places, whatever the text around them says.
/// General English knowledge, like the country table.
enum Regions {
  static func kind(of folded: String) -> EntityKind? {
    names.contains(folded) ? .place : nil
  }

  /// States and provinces that English news names without saying what they are: those of the
  /// United States, Canada and Australia. Places by kind; unlike a country, also given names
  /// of people ("Victoria", "Georgia"), so a title before one still makes a person.
  static let states: Set<String> = [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york state", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
    "texas", "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland",
    "nova scotia", "ontario", "prince edward island", "quebec", "saskatchewan", "yukon",
    "nunavut", "northwest territories", "new south wales", "queensland", "south australia",
    "tasmania", "victoria", "western australia", "northern territory",
  ]

  static let names: Set<String> = [
    "africa", "antarctica", "antarctic", "arctic", "asia", "europe", "oceania", "australasia",
    "north america", "south america", "central america", "latin america", "america",
    "americas", "middle east", "near east", "far east", "caribbean", "balkans", "caucasus",
    "scandinavia", "sahel", "maghreb", "horn of africa", "pacific", "atlantic", "mediterranean",
    "indian ocean", "pacific ocean", "atlantic ocean", "arctic ocean", "southern ocean",
    "south atlantic", "north atlantic", "south pacific", "east asia", "southeast asia",
    "south asia", "central asia", "west africa", "east africa", "north africa",
    "southern africa", "eastern europe", "western europe", "central europe", "baltic",
    "siberia", "patagonia", "asia-pacific", "indo-pacific", "eurasia", "gulf", "persian gulf",
  ]
}
