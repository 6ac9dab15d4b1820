import Base
import SyntheticCorpus
import TestSupport
import Testing

@Suite struct SyntheticCorpusTests {
  let writer = ArticleWriter(seed: 7)

  @Test func oneSeedAlwaysWritesTheSameArticle() {
    let again = ArticleWriter(seed: 7)
    let otherSeed = ArticleWriter(seed: 8)
    #expect(writer.article(17).text == again.article(17).text)
    #expect(writer.article(17).text != otherSeed.article(17).text)
    #expect(writer.article(17).text != writer.article(18).text)
  }

  @Test func generatedFoldersAreByteIdenticalForOneSeed() throws {
    let firstFolder = TemporaryFolder()
    let secondFolder = TemporaryFolder()
    defer {
      firstFolder.remove()
      secondFolder.remove()
    }
    let first = firstFolder.path
    let second = secondFolder.path
    let one = try CorpusGenerator(articles: 30, seed: 5).write(to: first)
    let two = try CorpusGenerator(articles: 30, seed: 5).write(to: second)
    #expect(one.generated && two.generated)
    #expect(one.bytes == two.bytes)
    for index in [0, 13, 29] {
      let path = "/" + CorpusGenerator.relativePath(of: index)
      let text = try #require(readText(first + path))
      #expect(!text.isEmpty)
      #expect(text == readText(second + path))
    }
    // A matching corpus on disk is kept, not rewritten.
    let kept = try CorpusGenerator(articles: 30, seed: 5).write(to: first)
    #expect(!kept.generated)
    #expect(kept.bytes == one.bytes)
  }

  @Test func articlesAverageAboutFourKilobytes() {
    let bytes = (0..<300).map { writer.article($0).text.utf8.count }
    let average = bytes.reduce(0, +) / bytes.count
    #expect(average > 3_500 && average < 4_700)
    #expect(bytes.min()! > 2_500)
  }

  @Test func distinctPeopleAndTerritoriesGrowWithTheCorpus() {
    func distinct(_ count: Int) -> (people: Int, territories: Int) {
      var people = Set<String>()
      var territories = Set<String>()
      for index in 0..<count {
        let article = writer.article(index)
        for person in article.people { people.insert(person.fullName) }
        territories.insert(article.territory.holderName)
      }
      return (people.count, territories.count)
    }
    let small = distinct(200)
    let large = distinct(4_000)
    #expect(large.people > 4 * small.people)
    #expect(large.territories > 4 * small.territories)
  }

  @Test func everyAliasPhrasingAppearsWithBothNames() {
    var phrasings: [String: Int] = [:]
    for index in 0..<600 {
      let article = writer.article(index)
      let t = article.territory
      let (holder, claimant) = (t.holderName, t.claimantName)
      let patterns = [
        "called":
          "called the \(claimant) in \(t.claimant.name) and the \(holder) in \(t.holder.name)",
        "referred to as":
          "referred to as the \(claimant) by \(t.claimant.capital) and the \(holder) by \(t.holder.capital)",
        "known in": "\(holder), known in \(t.claimant.name) as the \(claimant)",
        "parenthesis": "\(holder) (\(claimant))",
        "what A calls": "what \(t.claimant.name) calls the \(claimant)",
        "also known as": "\(holder), also known as the \(claimant)",
        "refers to":
          "refers to the chain as the \(holder), while \(t.claimant.capital) calls it the \(claimant)",
      ]
      for (name, pattern) in patterns where article.text.contains(pattern) {
        phrasings[name, default: 0] += 1
      }
    }
    #expect(phrasings.count == 7)
    #expect(phrasings.values.allSatisfy { $0 >= 5 })
  }

  @Test func quotationsAreAttributedBySurname() {
    var attributed = 0
    for index in 0..<100 {
      let article = writer.article(index)
      let closing = article.outlet.curlyQuotes ? ",” " : ",\" "
      if article.people.contains(where: { article.text.contains(closing + $0.last + " said.") }) {
        attributed += 1
      }
    }
    #expect(attributed >= 10)
  }

  @Test func boilerplateSurroundsSomeStories() {
    let texts = (0..<200).map { writer.article($0).text }
    #expect(
      texts.filter { $0.contains("It looks like you") && $0.contains("ad blocker") }.count >= 20)
    #expect(texts.filter { $0.contains("Leave a Reply\n") }.count >= 20)
    #expect(
      texts.filter { $0.contains("\nSee also\n") || $0.contains("\nRead more\n") }.count >= 10)
    #expect(texts.contains { !$0.contains("Leave a Reply") })
  }

  /// Generated names come from syllables: none is a capitalised word of the seed articles.
  @Test func namesShareNothingWithTheSeedCorpus() throws {
    var seedWords = Set<String>()
    for name in try #require(listFolder(repositoryRoot + "/seeds")) where name.hasSuffix(".txt") {
      let text = try #require(readText(repositoryRoot + "/seeds/" + name))
      for word in text.split(whereSeparator: { !$0.isLetter }) where word.first!.isUppercase {
        seedWords.insert(String(word))
      }
    }
    #expect(seedWords.count > 100)
    var generated = Set<String>()
    for index in 0..<2_000 {
      let article = writer.article(index)
      for person in article.people {
        generated.formUnion([
          person.first, person.last, person.country.name, person.country.capital,
        ])
      }
      let t = article.territory
      generated.formUnion(t.islands)
      for name in [t.holderName, t.claimantName] {
        generated.formUnion(name.split(separator: " ").dropFirst().dropLast().map(String.init))
      }
    }
    #expect(generated.count > 500)
    #expect(generated.intersection(seedWords).isEmpty)
  }
}

/// The varied mix: the shapes of corpora from elsewhere that the standard mix lacks.
@Suite struct VariedMixTests {
  let writer = ArticleWriter(seed: 7, mix: .varied)

  @Test func theStandardMixIsTheDefault() {
    let standard = ArticleWriter(seed: 7, mix: .standard)
    let plain = ArticleWriter(seed: 7)
    for index in [0, 7, 123] {
      #expect(standard.article(index).text == plain.article(index).text)
      #expect(writer.article(index).text != plain.article(index).text)
    }
  }

  @Test func peopleAreSpeltTwoOrThreeWays() {
    // The given names written before each person's surname, over many articles.
    var spellingsOfPerson: [PersonID: Set<String>] = [:]
    for index in 0..<400 {
      let article = writer.article(index)
      for person in article.people {
        #expect((2...3).contains(person.spellings.count), "\(person.spellings)")
        for spelling in person.spellings
        where article.text.contains(spelling + " " + person.last)
          || article.text.contains(spelling + " \(person.middleInitial ?? "-") " + person.last)
        {
          spellingsOfPerson[person.id, default: []].insert(spelling)
        }
      }
    }
    let spelledSeveralWays = spellingsOfPerson.values.filter { $0.count >= 2 }.count
    #expect(spelledSeveralWays >= 20)
  }

  /// The commonest shared surnames belong to hundreds of officials of the world's countries.
  @Test func hundredsOfPeopleCanShareASurname() {
    var peopleOfSurname: [String: Set<PersonID>] = [:]
    for country in 0..<20 {
      for slot in 0..<300 {
        let person = writer.world.official(country: country, slot: slot)
        peopleOfSurname[person.last, default: []].insert(person.id)
      }
    }
    let largest = peopleOfSurname.values.map(\.count).max() ?? 0
    #expect(largest >= 100)
    // Most surnames still belong to one person.
    #expect(peopleOfSurname.values.filter { $0.count == 1 }.count > peopleOfSurname.count / 2)
  }

  /// An option set by name: a fixed pool of 30 surnames is shared by everyone who draws one,
  /// and a corpus written with it is not mistaken for the plain varied one.
  @Test func aFixedSurnamePoolIsSharedByEveryoneWhoDrawsFromIt() throws {
    var mix = Mix.varied
    let known = mix.set("sharedSurnamePool", to: "30")
    let unknown = mix.set("noSuchOption", to: "1")
    let notANumber = mix.set("sharedSurnamePool", to: "many")
    #expect(known && !unknown && !notANumber)
    #expect(mix.sharedSurnamePool == 30)
    func commonestSurname(_ world: World) -> (people: Int, surnames: Int) {
      var peopleOfSurname: [String: Int] = [:]
      for slot in 0..<2_000 {
        peopleOfSurname[world.official(country: 3, slot: slot).last, default: 0] += 1
      }
      return (peopleOfSurname.values.max() ?? 0, peopleOfSurname.count)
    }
    let fixed = commonestSurname(World(seed: 7, mix: mix))
    let growing = commonestSurname(World(seed: 7, mix: .varied))
    #expect(fixed.surnames < growing.surnames)
    #expect(fixed.people > growing.people)
    let temporary = TemporaryFolder()
    let folder = temporary.path
    _ = try CorpusGenerator(articles: 10, seed: 3, mix: .varied).write(to: folder)
    #expect(try CorpusGenerator(articles: 10, seed: 3, mix: mix).write(to: folder).generated)
  }

  @Test func placesHaveOneNamePerSideInManyPhrasings() {
    var statedPlaces = 0
    var phrasings: Set<String> = []
    let markers = [
      ", which ", " maps show ", "neither side uses", "Officials in ", " officials — ",
      " home to about ", " usage, ", " insists on calling ", " name for ", " fishermen as ",
      " side refers to ", ", also called ",
    ]
    for index in 0..<1_000 {
      let article = writer.article(index)
      let lines = article.text.split(separator: "\n")
      for place in article.places {
        guard let other = place.otherName else { continue }
        if lines.contains(where: { $0.contains(place.name) && $0.contains(other) }) {
          statedPlaces += 1
        }
      }
      for marker in markers where article.text.contains(marker) { phrasings.insert(marker) }
    }
    #expect(statedPlaces >= 30)
    #expect(phrasings.count == markers.count)
  }

  @Test func someNamesAreFollowedByTheirSpellingInAnotherScript() {
    var scripts: Set<String> = []
    for index in 0..<300 {
      for person in writer.article(index).people {
        guard let other = person.otherScriptName,
          writer.article(index).text.contains("\(person.last) (\(other))")
        else { continue }
        let first = other.unicodeScalars.first!.value
        switch first {
        case 0x370..<0x400: scripts.insert("greek")
        case 0x400..<0x500: scripts.insert("cyrillic")
        case 0x530..<0x590: scripts.insert("armenian")
        default: scripts.insert("other")
        }
      }
    }
    #expect(scripts == ["armenian", "cyrillic", "greek"])
  }

  /// The extra spellings, shared surnames and second place names come from syllables too.
  @Test func namesShareNothingWithTheSeedCorpus() throws {
    var seedWords = Set<String>()
    for name in try #require(listFolder(repositoryRoot + "/seeds")) where name.hasSuffix(".txt") {
      let text = try #require(readText(repositoryRoot + "/seeds/" + name))
      for word in text.split(whereSeparator: { !$0.isLetter }) where word.first!.isUppercase {
        seedWords.insert(String(word))
      }
    }
    var generated = Set<String>()
    for index in 0..<1_000 {
      let article = writer.article(index)
      for person in article.people { generated.formUnion(person.spellings + [person.last]) }
      for place in article.places { generated.formUnion([place.name, place.otherName ?? ""]) }
    }
    #expect(generated.count > 400)
    #expect(generated.intersection(seedWords).isEmpty)
  }

  @Test func everyStoryIsSurroundedByFurniture() {
    for index in 0..<200 {
      let text = writer.article(index).text
      #expect(text.contains("Home › "))
      #expect(text.contains("\nTrending: "))
      #expect(text.contains("\nForum rules\n"))
      #expect(text.contains("\nMost read\n"))
      #expect(text.contains("Leave a Reply\n"))
    }
  }

  @Test func aVariedCorpusOnDiskIsNotReusedAsAStandardOne() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    let varied = try CorpusGenerator(articles: 20, seed: 3, mix: .varied).write(to: folder)
    let standard = try CorpusGenerator(articles: 20, seed: 3).write(to: folder)
    #expect(varied.generated && standard.generated)
    #expect(varied.bytes != standard.bytes)
    let again = try CorpusGenerator(articles: 20, seed: 3, mix: .varied).write(to: folder)
    #expect(again.generated)
  }
}
