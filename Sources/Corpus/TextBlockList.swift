/// The blocks of a document, kept compact: twelve bytes a block (start, end and kind as 32-bit
/// numbers) instead of a `TextBlock` with its `Range<Int>` and reason `String`.
///
/// Reads as a random-access collection of `TextBlock`. A kind is a small number: title, body,
/// or one of the classifier's boilerplate reasons; a reason the classifier does not give (a block
/// built by hand) is kept once per list beside the numbers. Offsets are 32-bit: a document's text
/// is under 4 GiB (the loader reads files of at most 64 MiB); larger ones are clamped.
public struct TextBlockList: RandomAccessCollection, Sendable, Hashable {
  struct Packed: Sendable, Hashable, PackedRange {
    let start: UInt32
    let end: UInt32
    let kind: UInt32
  }

  private(set) var packed: [Packed]
  /// Boilerplate reasons that are not the classifier's, numbered from `Self.firstExtraKind`.
  private var extraReasons: [String] = []

  public init() { packed = [] }

  public init(_ blocks: some Sequence<TextBlock>) {
    packed = []
    packed.reserveCapacity(blocks.underestimatedCount)
    for block in blocks {
      packed.append(
        Packed(
          start: UInt32(clamping: block.byteRange.lowerBound),
          end: UInt32(clamping: block.byteRange.upperBound), kind: code(of: block.kind)))
    }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { packed.count }

  public subscript(index: Int) -> TextBlock {
    let block = packed[index]
    return TextBlock(byteRange: Int(block.start)..<Int(block.end), kind: kind(ofCode: block.kind))
  }

  /// The byte range of block `index`, without building its kind.
  public func byteRange(at index: Int) -> Range<Int> {
    let block = packed[index]
    return Int(block.start)..<Int(block.end)
  }

  /// The kind of block `index`, without building its range.
  public func kind(at index: Int) -> BlockKind { kind(ofCode: packed[index].kind) }

  // MARK: - Kinds as numbers

  static let titleKind: UInt32 = 0
  static let bodyKind: UInt32 = 1
  static let firstFurnitureKind: UInt32 = 2
  static let firstExtraKind = firstFurnitureKind + UInt32(Furniture.allCases.count)
  private static let furnitureReasons = Furniture.allCases.map(\.reason)
  private static let furnitureKindByReason: [String: UInt32] = Dictionary(
    uniqueKeysWithValues: Furniture.allCases.map { ($0.reason, kindCode(of: $0)) })

  static func kindCode(of furniture: Furniture) -> UInt32 {
    firstFurnitureKind + UInt32(furniture.rawValue)
  }

  /// Appends a block whose kind is already a number (the page reader's path).
  mutating func append(_ range: Range<Int>, kindCode: UInt32) {
    packed.append(
      Packed(
        start: UInt32(clamping: range.lowerBound), end: UInt32(clamping: range.upperBound),
        kind: kindCode))
  }

  /// Appends a block (what a saved index is read back with: no list of blocks is made first).
  public mutating func append(_ range: Range<Int>, kind: BlockKind) {
    append(range, kindCode: code(of: kind))
  }

  public mutating func reserveCapacity(_ count: Int) { packed.reserveCapacity(count) }

  /// Gives back capacity reserved beyond the count (a corpus keeps every list for its lifetime).
  mutating func shrinkToFit() {
    guard packed.capacity > packed.count else { return }
    packed = packed.withUnsafeBufferPointer { Array($0) }
  }

  private mutating func code(of kind: BlockKind) -> UInt32 {
    switch kind {
    case .title: return Self.titleKind
    case .body: return Self.bodyKind
    case .boilerplate(let reason):
      if let code = Self.furnitureKindByReason[reason] { return code }
      if let known = extraReasons.firstIndex(of: reason) {
        return Self.firstExtraKind + UInt32(known)
      }
      extraReasons.append(reason)
      return Self.firstExtraKind + UInt32(extraReasons.count - 1)
    }
  }

  private func kind(ofCode code: UInt32) -> BlockKind {
    if code == Self.bodyKind { return .body }
    if code == Self.titleKind { return .title }
    if code < Self.firstExtraKind {
      return .boilerplate(reason: Self.furnitureReasons[Int(code - Self.firstFurnitureKind)])
    }
    let extra = Int(code - Self.firstExtraKind)
    return .boilerplate(reason: extra < extraReasons.count ? extraReasons[extra] : "boilerplate")
  }

  /// True when block `index` is boilerplate.
  func isBoilerplate(at index: Int) -> Bool { packed[index].kind >= Self.firstFurnitureKind }
}
