import Dispatch

/// The layout of a cache file: a header, then the payload, all numbers little-endian.
///
/// ```
/// offset  size  field
///      0     8  magic "DOSSIDX\n"
///      8     4  format version (`CacheFormat.version`)
///     12     4  header size in bytes (64 + build identity)
///     16     8  key: the corpus's content, this format and this build (`CorpusKey`)
///     24     8  payload size in bytes
///     32     8  payload checksum (`PayloadChecksum`)
///     40     4  files listed, 44: documents, 48: entities (for logs)
///     52     8  bytes of the documents' text, which bounds the payload's size
///     60     4  size of the build identity in bytes
///     64     8  header checksum: bytes 0..<64 and the build identity
///     72     …  build identity (UTF-8): the Dossier version and the executable's stamp
/// ```
///
/// The header is read on its own first: a file whose size is not the header's and payload's,
/// or whose payload is larger than an index of that much text can be
/// (`maximumPayloadSize(textBytes:)`), is refused before any more of it is read. The payload
/// (`IndexEncoder`) is checked block by block, so a stale file (key), a short one (size), a
/// damaged one (checksums) or one from another format or build is recognised before anything in
/// it is used.
public enum CacheFormat {
  /// Changes whenever the layout or the meaning of any field changes.
  public static let version: UInt32 = 4  // 3: an alias's language; 4: pages' and dumps' documents
  static let magic: [UInt8] = Array("DOSSIDX\n".utf8)
  static let fixedHeaderSize = 72
  /// The longest build identity a header may hold.
  static let maximumBuildSize = 4096
  /// The most a header can be: read first, before the payload.
  static let maximumHeaderSize = fixedHeaderSize + maximumBuildSize

  /// The largest payload an index of `textBytes` bytes of documents can have. An index holds
  /// a few numbers per sentence, block and mention (its payload is about a fifth of the text
  /// at 100,000 articles, three times the text on the five seeds, whose entities weigh more
  /// than their sentences): sixteen times the text and a mebibyte is far above either.
  static func maximumPayloadSize(textBytes: Int) -> Int {
    let (scaled, overflow) = textBytes.multipliedReportingOverflow(by: 16)
    return overflow ? Int.max : scaled + (1 << 20)
  }
  /// Payload bytes per checksum block; blocks are checked on every core.
  static let checksumBlockSize = 1 << 20

  /// What the header says.
  struct Header: Equatable {
    var key: UInt64
    var payloadSize: Int
    var payloadChecksum: UInt64
    var fileCount: Int
    var documentCount: Int
    var entityCount: Int
    /// Bytes of the documents' text the index was built from.
    var textBytes: Int
    var build: String

    func encoded() -> [UInt8] {
      let buildBytes = Array(build.utf8)
      var writer = ByteWriter(capacity: CacheFormat.fixedHeaderSize + buildBytes.count)
      writer.append(contentsOf: CacheFormat.magic)
      writer.appendUInt32(CacheFormat.version)
      writer.appendUInt32(UInt32(CacheFormat.fixedHeaderSize + buildBytes.count))
      writer.appendUInt64(key)
      writer.appendUInt64(UInt64(payloadSize))
      writer.appendUInt64(payloadChecksum)
      writer.appendUInt32(UInt32(truncatingIfNeeded: fileCount))
      writer.appendUInt32(UInt32(truncatingIfNeeded: documentCount))
      writer.appendUInt32(UInt32(truncatingIfNeeded: entityCount))
      writer.appendUInt64(UInt64(textBytes))
      writer.appendUInt32(UInt32(buildBytes.count))
      let checksum = Self.checksum(writer.bytes, buildBytes)
      writer.appendUInt64(checksum)
      writer.append(contentsOf: buildBytes)
      return writer.bytes
    }

    static func checksum(_ fixed: [UInt8], _ build: [UInt8]) -> UInt64 {
      ContentHash.hash(build, seed: ContentHash.hash(Array(fixed.prefix(64))))
    }

    /// Reads the header at the start of `file`, a whole cache file.
    static func decode(_ file: UnsafeRawBufferPointer) throws(CacheProblem) -> Header {
      try decode(file, fileSize: file.count)
    }

    /// Reads the header at the start of `file` (the file's first bytes, at least the whole
    /// header when the file has it), checking what needs no corpus: the magic number, the
    /// format, the header's own checksum, and that the file, of `fileSize` bytes, is exactly
    /// the header and the payload it announces, and that payload no larger than its text allows.
    static func decode(_ file: UnsafeRawBufferPointer, fileSize: Int) throws(CacheProblem)
      -> Header
    {
      guard file.count >= 12 else {
        throw file.starts(with: CacheFormat.magic.prefix(file.count)) && !file.isEmpty
          ? .truncated(expectedBytes: CacheFormat.fixedHeaderSize, foundBytes: file.count)
          : .notACache
      }
      guard file.starts(with: CacheFormat.magic) else { throw .notACache }
      var reader = ByteReader(file, offset: 8)
      let version = try reader.uint32()
      guard version == CacheFormat.version else { throw .otherFormat(found: version) }
      guard file.count >= CacheFormat.fixedHeaderSize else {
        throw .truncated(expectedBytes: CacheFormat.fixedHeaderSize, foundBytes: file.count)
      }
      let headerSize = Int(try reader.uint32())
      let key = try reader.uint64()
      let payloadSize = try reader.uint64()
      let payloadChecksum = try reader.uint64()
      let fileCount = Int(try reader.uint32())
      let documentCount = Int(try reader.uint32())
      let entityCount = Int(try reader.uint32())
      let textBytes = try reader.uint64()
      let buildSize = Int(try reader.uint32())
      let headerChecksum = try reader.uint64()
      guard headerSize == CacheFormat.fixedHeaderSize + buildSize,
        buildSize <= CacheFormat.maximumBuildSize
      else {
        throw .corrupt("the header's sizes do not agree")
      }
      guard file.count >= headerSize else {
        throw .truncated(expectedBytes: headerSize, foundBytes: file.count)
      }
      let buildBytes = Array(file[CacheFormat.fixedHeaderSize..<headerSize])
      guard checksum(Array(file.prefix(64)), buildBytes) == headerChecksum else {
        throw .corrupt("the header's checksum does not match")
      }
      guard payloadSize <= UInt64(Int.max - headerSize), textBytes <= UInt64(Int.max) else {
        throw .corrupt("the payload size is impossible")
      }
      let expected = headerSize + Int(payloadSize)
      guard fileSize >= expected else {
        throw .truncated(expectedBytes: expected, foundBytes: fileSize)
      }
      guard fileSize == expected else {
        throw .corrupt("\(fileSize - expected) bytes after the payload")
      }
      let limit = CacheFormat.maximumPayloadSize(textBytes: Int(textBytes))
      guard Int(payloadSize) <= limit else {
        throw .corrupt(
          "a payload of \(payloadSize) bytes is more than an index of \(textBytes) bytes of text "
            + "can be (\(limit))")
      }
      return Header(
        key: key, payloadSize: Int(payloadSize), payloadChecksum: payloadChecksum,
        fileCount: fileCount, documentCount: documentCount, entityCount: entityCount,
        textBytes: Int(textBytes), build: String(decoding: buildBytes, as: UTF8.self))
    }

    var size: Int { CacheFormat.fixedHeaderSize + build.utf8.count }
  }
}

/// The payload's checksum: each 1 MiB block hashed (on every core when checking), the block
/// hashes combined in order.
enum PayloadChecksum {
  /// Folds in blocks as they are written.
  struct Accumulator {
    private(set) var value: UInt64 = 0x5D05_51E5_1DEA_0001
    private var blockIndex: UInt64 = 0

    mutating func add(block: UnsafeRawBufferPointer) {
      value = ContentHash.combine(value, ContentHash.hash(block, seed: blockIndex))
      blockIndex += 1
    }
  }

  /// The checksum of `payload`, its blocks hashed on every core.
  static func of(_ payload: UnsafeRawBufferPointer) -> UInt64 {
    let blockSize = CacheFormat.checksumBlockSize
    let blockCount = (payload.count + blockSize - 1) / blockSize
    var hashes = [UInt64](repeating: 0, count: blockCount)
    hashes.withUnsafeMutableBufferPointer { slots in
      // Safe to share: block `index` writes only `slots[index]`, read after all have finished;
      // the payload is only read, and outlives `concurrentPerform`.
      nonisolated(unsafe) let shared = slots
      nonisolated(unsafe) let payload = payload
      DispatchQueue.concurrentPerform(iterations: blockCount) { index in
        let start = index * blockSize
        let block = UnsafeRawBufferPointer(
          rebasing: payload[start..<min(start + blockSize, payload.count)])
        shared[index] = ContentHash.hash(block, seed: UInt64(index))
      }
    }
    var accumulator = Accumulator()
    for hash in hashes { accumulator.fold(hash) }
    return accumulator.value
  }
}

extension PayloadChecksum.Accumulator {
  fileprivate mutating func fold(_ blockHash: UInt64) {
    value = ContentHash.combine(value, blockHash)
    blockIndex += 1
  }
}
