import Base
import Dispatch

/// Every cleaned candidate of the corpus in corpus order, with its name and labels numbered for
/// the whole corpus.
///
/// Extraction numbers names per worker (`ExtractionTables`); here the workers' tables are
/// merged, each document's candidates renumbered and cleaned in parallel (`CandidateCleaner`),
/// and the names that survive numbered again in order of first appearance, so that
/// `Grouping.names` holds exactly the names of cleaned candidates, whatever the workers did.
struct CandidateTable: Sendable {
  var candidates: [NameCandidate]
  /// Folded names, in order of first appearance among `candidates` (`NameCandidate.name`).
  let names: [String]
  /// Roles and nationalities (`NameCandidate.role`, `.nationality`).
  let labels: [String]
  /// Where each document's extracted candidates start in `cleanedOfExtracted`.
  let documentBase: [Int]
  /// For every extracted candidate (document by document), its index among the cleaned
  /// candidates, or -1 when cleaning dropped it.
  let cleanedOfExtracted: [Int32]

  /// Cleans and numbers the candidates of `facts`, emptying each document's list as it goes.
  static func build(
    _ facts: inout [DocumentFacts], tables: [ExtractionTables], vocabulary: CorpusVocabulary
  ) -> CandidateTable {
    // 1. One table of every name any worker saw, and each worker's numbers in it.
    var rawNames = InternTable()
    var labelTable = InternTable()
    var nameMaps: [[Int32]] = []
    var labelMaps: [[Int32]] = []
    for table in tables {
      nameMaps.append(
        (0..<table.names.count).map { id in table.names.withBytes(Int32(id)) { rawNames.intern($0) }
        }
      )
      labelMaps.append(
        (0..<table.labels.count).map { id in
          table.labels.withBytes(Int32(id)) { labelTable.intern($0) }
        })
    }

    // 2. Renumber every candidate, and note the names read inside a sentence.
    let rawCount = rawNames.count
    let maps = (nameMaps, labelMaps)
    let readInsideParts = Parallel.updateChunks(&facts) { documents -> [Int32] in
      var inside: [Int32] = []
      for index in documents.indices {
        let worker = documents[index].worker
        let names = maps.0[worker]
        let labels = maps.1[worker]
        for position in documents[index].candidates.indices {
          let candidate = documents[index].candidates[position]
          let name = names[Int(candidate.name)]
          documents[index].candidates[position].name = name
          if candidate.role >= 0 {
            documents[index].candidates[position].role = labels[Int(candidate.role)]
          }
          if candidate.nationality >= 0 {
            documents[index].candidates[position].nationality = labels[Int(candidate.nationality)]
          }
          if !candidate.isSentenceInitial { inside.append(name) }
        }
      }
      return inside
    }
    var readInside = [Bool](repeating: false, count: rawCount)
    for part in readInsideParts {
      for name in part { readInside[Int(name)] = true }
    }

    // 3. What each distinct name's words decide, once per name.
    let frozenNames = rawNames
    var verdicts = Parallel.map(rawCount) { id in
      frozenNames.withBytes(Int32(id)) { CandidateCleaner.verdict($0, vocabulary: vocabulary) }
    }
    for id in 0..<rawCount where verdicts[id].firstWordIsCommon && !verdicts[id].isOneWord {
      let rest = rawNames.withBytes(Int32(id)) { bytes -> [UInt8] in
        guard let space = bytes.firstIndex(of: 0x20) else { return [] }
        return Array(bytes[(space + 1)...])
      }
      verdicts[id].rest = rawNames.intern(rest)
    }
    while verdicts.count < rawNames.count {
      // A name that is only ever the rest of another: only its emptiness is asked.
      var verdict = CandidateCleaner.NameVerdict()
      verdict.isEmpty = rawNames.withBytes(Int32(verdicts.count)) { $0.isEmpty }
      verdicts.append(verdict)
    }

    // 4. Clean each document's candidates in place.
    let frozenVerdicts = verdicts
    let frozenInside = readInside
    var kept = Parallel.updateEach(&facts) { fact -> [Int32] in
      var kept: [Int32] = []
      kept.reserveCapacity(fact.candidates.count)
      var cleaned = 0
      for position in fact.candidates.indices {
        let candidate = fact.candidates[position]
        let name = Int(candidate.name)
        guard
          let clean = CandidateCleaner.clean(
            candidate, frozenVerdicts[name], readInside: frozenInside[name],
            restVerdict: { frozenVerdicts[Int($0)] })
        else {
          kept.append(-1)
          continue
        }
        kept.append(Int32(cleaned))
        fact.candidates[cleaned] = clean
        cleaned += 1
      }
      fact.candidates.removeLast(fact.candidates.count - cleaned)
      return kept
    }

    // 5. One list in corpus order; names numbered by first appearance. The names are read in
    // order on one core; the lists (hundreds of megabytes at 100,000 articles) are written on
    // every core.
    var documentBase: [Int] = []
    documentBase.reserveCapacity(facts.count)
    var candidateBase: [Int] = []
    candidateBase.reserveCapacity(facts.count)
    var extractedCount = 0
    var cleanedCount = 0
    for index in facts.indices {
      documentBase.append(extractedCount)
      candidateBase.append(cleanedCount)
      extractedCount += kept[index].count
      cleanedCount += facts[index].candidates.count
    }
    var finalOfRaw = [Int32](repeating: -1, count: rawNames.count)
    var names: [String] = []
    for fact in facts {
      for candidate in fact.candidates where finalOfRaw[Int(candidate.name)] < 0 {
        finalOfRaw[Int(candidate.name)] = Int32(names.count)
        names.append(rawNames.string(candidate.name))
      }
    }
    let (candidates, cleanedOfExtracted) = Self.gather(
      facts, kept: kept, documentBase: documentBase, candidateBase: candidateBase,
      counts: (extractedCount, cleanedCount), finalOfRaw: finalOfRaw)
    kept = []
    for index in facts.indices { facts[index].candidates = [] }
    return CandidateTable(
      candidates: candidates, names: names, labels: labelTable.strings,
      documentBase: documentBase, cleanedOfExtracted: cleanedOfExtracted)
  }

  /// Every document's cleaned candidates in one list, their names renumbered by `finalOfRaw`,
  /// and each extracted candidate's index in it, both written on every core.
  private static func gather(
    _ facts: [DocumentFacts], kept: [[Int32]], documentBase: [Int], candidateBase: [Int],
    counts: (extracted: Int, cleaned: Int), finalOfRaw: [Int32]
  ) -> (candidates: [NameCandidate], cleanedOfExtracted: [Int32]) {
    let candidates: [NameCandidate] = Parallel.fill(counts.cleaned) { range, slots in
      var document = lastDocument(startingAtOrBefore: range.lowerBound, candidateBase)
      var position = range.lowerBound - candidateBase[document]
      var slot = 0
      while slot < slots.count && document < facts.count {
        let list = facts[document].candidates
        while position < list.count && slot < slots.count {
          var candidate = list[position]
          candidate.name = finalOfRaw[Int(candidate.name)]
          slots[slot] = candidate
          slot += 1
          position += 1
        }
        document += 1
        position = 0
      }
    }
    let cleanedOfExtracted: [Int32] = Parallel.fill(counts.extracted) { range, slots in
      var document = lastDocument(startingAtOrBefore: range.lowerBound, documentBase)
      var position = range.lowerBound - documentBase[document]
      var slot = 0
      while slot < slots.count && document < kept.count {
        let list = kept[document]
        let base = Int32(candidateBase[document])
        while position < list.count && slot < slots.count {
          slots[slot] = list[position] >= 0 ? list[position] + base : -1
          slot += 1
          position += 1
        }
        document += 1
        position = 0
      }
    }
    return (candidates, cleanedOfExtracted)
  }

  /// The last document whose part of a list starts at or before `index`, given where each
  /// document's part starts (ascending): the document that holds `index`.
  private static func lastDocument(startingAtOrBefore index: Int, _ bases: [Int]) -> Int {
    var low = 0
    var high = bases.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if bases[middle] <= index { low = middle } else { high = middle - 1 }
    }
    return max(low, 0)
  }
}
