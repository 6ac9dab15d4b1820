/// Takes the payload as it is encoded and hands it on in checksum blocks, so a large index is
/// written without ever being whole in memory, and its checksum is known when the last byte is.
final class PayloadSink {
  /// Receives each full block (and the last, shorter one); returns a failure to stop.
  private let emit: (UnsafeRawBufferPointer) -> Result<Void, FileIO.Failure>
  private var block: [UInt8] = []
  private var checksum = PayloadChecksum.Accumulator()
  private(set) var size = 0
  private(set) var failure: FileIO.Failure?

  init(emit: @escaping (UnsafeRawBufferPointer) -> Result<Void, FileIO.Failure>) {
    self.emit = emit
    block.reserveCapacity(CacheFormat.checksumBlockSize)
  }

  /// Appends `writer`'s bytes to the payload and empties it.
  func take(_ writer: inout ByteWriter) {
    append(writer.bytes)
    writer.removeAll()
  }

  func append(_ bytes: [UInt8]) {
    var start = 0
    while start < bytes.count {
      let room = CacheFormat.checksumBlockSize - block.count
      let end = min(bytes.count, start + room)
      block.append(contentsOf: bytes[start..<end])
      size += end - start
      start = end
      if block.count == CacheFormat.checksumBlockSize { flush() }
    }
  }

  /// Sends the last block; returns the payload's checksum, or why it could not be written.
  func finish() -> Result<UInt64, FileIO.Failure> {
    if !block.isEmpty { flush() }
    if let failure { return .failure(failure) }
    return .success(checksum.value)
  }

  private func flush() {
    block.withUnsafeBytes { bytes in
      checksum.add(block: bytes)
      if failure == nil, case .failure(let problem) = emit(bytes) { failure = problem }
    }
    block.removeAll(keepingCapacity: true)
  }
}
