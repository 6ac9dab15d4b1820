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
