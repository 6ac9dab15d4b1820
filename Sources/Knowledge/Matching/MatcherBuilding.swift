extension NameMatcher {
  /// The matcher over every name of every entity. A name that two entities claim (a surname
  /// two people share, an acronym two agencies share) is resolved in each text to the entity
  /// last named in full before it, or else the next one named after it.
  init(profiles: [EntityProfile]) {
    self.init(names: profiles.map { ($0.surfaces, $0.sharedLoneName, $0.roles) })
  }

  /// The same matcher from each entity's surfaces (its name, then its aliases), the lone
  /// surname it shares with other people and its titles, by entity id.
  init(names: [(surfaces: [String], sharedLoneName: String?, roles: [String])]) {
    self.init()
    var claims: [String: (surface: String, ids: [Int])] = [:]
    var order: [String] = []
    func claim(_ surface: String, _ id: Int) {
      let key = NameKey.normalize(surface)
      guard !key.isEmpty else { return }
      if claims[key] == nil {
        claims[key] = (surface, [])
        order.append(key)
      }
      // Entities claim in id order, so an id already listed is the last one.
      if claims[key]?.ids.last != id { claims[key]?.ids.append(id) }
    }
    for (id, entity) in names.enumerated() {
      for surface in entity.surfaces { claim(surface, id) }
      if let lone = entity.sharedLoneName { claim(lone, id) }
    }
    for key in order {
      guard let (surface, ids) = claims[key] else { continue }
      if ids.count == 1 {
        add(surface: surface, entityID: ids[0])
      } else {
        add(ambiguousSurface: surface, entityIDs: ids)
        for id in ids where id < names.count { setRoles(names[id].roles, of: id) }
      }
    }
  }
}
