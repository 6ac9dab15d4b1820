enum RunCommand {
  static func run(_ arguments: [String]) -> Int32 { 0 }
}
