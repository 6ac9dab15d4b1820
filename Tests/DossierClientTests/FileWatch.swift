import Base

/// Records what happens to files in some folders, from the kernel (inotify): every open, read,
/// write, creation, deletion, rename and change of attributes, by any process.
///
/// Tests use it to prove a negative ("the server never opened this file") with a positive
/// control beside it (the same watch does see the server open its corpus files).
final class FileWatch {
  struct Event: CustomStringConvertible {
    let folder: String
    let name: String
    let mask: UInt32

    var isOpenOrRead: Bool { mask & UInt32(IN_OPEN | IN_ACCESS) != 0 }
    var isChange: Bool {
      mask
        & UInt32(
          IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_DELETE_SELF
            | IN_MOVED_FROM | IN_MOVED_TO | IN_MOVE_SELF) != 0
    }
    var description: String { "\(folder)/\(name) mask 0x\(String(mask, radix: 16))" }
  }

  private let descriptor: Int32
  private var folders: [Int32: String] = [:]
  private(set) var events: [Event] = []

  init?() {
    descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard descriptor >= 0 else { return nil }
  }

  deinit { close(descriptor) }

  /// Watches `folder` (not its subfolders) for every kind of event.
  func watch(_ folder: String) -> Bool {
    let everything =
      IN_ACCESS | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE | IN_OPEN
      | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF
    let watch = inotify_add_watch(descriptor, folder, UInt32(everything))
    guard watch >= 0 else { return false }
    folders[watch] = folder
    return true
  }

  /// Reads the events queued so far.
  func collect() {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      guard count > 0 else { return }
      var offset = 0
      // struct inotify_event { int wd; uint32_t mask; uint32_t cookie; uint32_t len; char name[]; }
      while offset + 16 <= count {
        func word(_ at: Int) -> UInt32 {
          buffer[offset + at..<offset + at + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        let watch = Int32(bitPattern: word(0))
        let mask = word(4)
        let length = Int(word(12))
        let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)]
        let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
        events.append(Event(folder: folders[watch] ?? "?", name: name, mask: mask))
        offset += 16 + length
      }
    }
  }
}
