/// Nouns for craft that carry names of their own: "Space Shuttle Discovery", "Research Vessel
/// Ardent". A name that holds one is a craft's, never a person's, though its other words are
/// plain. Folded.
enum CraftNouns {
  static let words: Set<String> = [
    "shuttle", "orbiter", "spacecraft", "rocket", "capsule", "probe", "rover", "satellite",
    "ship", "vessel", "boat", "ferry", "tanker", "frigate", "destroyer", "cruiser", "carrier",
    "submarine", "yacht", "liner", "trawler", "airship", "aircraft", "airliner", "locomotive",
  ]
}
