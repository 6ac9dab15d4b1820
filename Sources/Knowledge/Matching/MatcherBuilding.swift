import Base

extension NameMatcher {
  /// The matcher over every name of every entity. A name that two entities claim (a surname
  /// two people share, an acronym two agencies share) is resolved in each text to the entity
  /// last named in full before it, or else the next one named after it.
  init(profiles: [EntityProfile]) {
    self.init(names: profiles.map { ($0.surfaces, $0.sharedLoneName, $0.roles) })
    addPlaceSurnames(
      ofPeople: profiles.indices.filter { profiles[$0].isPerson }.map { ($0, profiles[$0].name) })
  }

  /// Adds the surname of each person whose surname is a place's name ("Valeska Paris"): it is
  /// no lone name of theirs, but means them in a text that names them in full
  /// (`add(placeSurname:personID:)`). `people`: entity ids and names, after every name is
  /// added.
  mutating func addPlaceSurnames(ofPeople people: [(id: Int, name: String)]) {
    for (id, name) in people {
      let words = name.split(separator: " ")
      guard words.count >= 2, let last = words.last,
        Countries.isPlaceName(NameKey.normalize(String(last)))
      else { continue }
      add(placeSurname: String(last), personID: id)
    }
  }

  /// The same matcher from each entity's surfaces (its name, then its aliases), the lone
  /// surname it shares with other people and its titles, by entity id.
  init(names: [(surfaces: [String], sharedLoneName: String?, roles: [String])]) {
    self.init()
    // What depends on one name alone (its key here, its tokens below) is worked out on every
    // core; the claims and the trie are made in order, on one.
    let keysOfEntity = Parallel.map(names.count) { id in
      var keys = names[id].surfaces.map(NameKey.normalize)
      if let lone = names[id].sharedLoneName { keys.append(NameKey.normalize(lone)) }
      return keys
    }
    // Each name's first spelling and claimants, in the order names were first claimed, found
    // through one lookup per claim: a table of tuples looked up four times per claim (is it
    // there, insert, last id, append) hashed each name four times, on every start.
    var indexOfKey: [String: Int] = [:]
    var surfaces: [String] = []
    var claimants: [[Int]] = []
    func claim(_ surface: String, _ key: String, _ id: Int) {
      guard !key.isEmpty else { return }
      let index: Int
      if let known = indexOfKey[key] {
        index = known
      } else {
        index = surfaces.count
        indexOfKey[key] = index
        surfaces.append(surface)
        claimants.append([])
      }
      // Entities claim in id order, so an id already listed is the last one.
      if claimants[index].last != id { claimants[index].append(id) }
    }
    for (id, entity) in names.enumerated() {
      let keys = keysOfEntity[id]
      for (index, surface) in entity.surfaces.enumerated() { claim(surface, keys[index], id) }
      if let lone = entity.sharedLoneName { claim(lone, keys[keys.count - 1], id) }
    }
    let claimed = surfaces
    let tokensOfSurface = Parallel.map(claimed.count) { Self.tokens(of: claimed[$0]) }
    let titlesOfEntity = Parallel.map(names.count) { Self.titleKeys(names[$0].roles) }
    // Per entity, how many of its shared names have its titles already.
    var titledSharedNames = [Int](repeating: 0, count: names.count)
    for (index, (surface, ids)) in zip(surfaces, claimants).enumerated() {
      if ids.count == 1 {
        add(surface: surface, entityID: ids[0], tokens: tokensOfSurface[index])
      } else {
        add(ambiguousSurface: surface, entityIDs: ids, tokens: tokensOfSurface[index])
        for id in ids where id < names.count {
          addTitles(titlesOfEntity[id], of: id, from: &titledSharedNames[id])
        }
      }
    }
  }
}
