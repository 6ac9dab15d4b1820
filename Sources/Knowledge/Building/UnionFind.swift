/// Disjoint sets over dense integer ids, with path halving and union by size.
struct UnionFind {
  private var parent: [Int] = []
  private var size: [Int] = []

  mutating func add() -> Int {
    parent.append(parent.count)
    size.append(1)
    return parent.count - 1
  }

  var count: Int { parent.count }

  mutating func find(_ element: Int) -> Int {
    var current = element
    while parent[current] != current {
      parent[current] = parent[parent[current]]
      current = parent[current]
    }
    return current
  }

  mutating func union(_ a: Int, _ b: Int) {
    var rootA = find(a)
    var rootB = find(b)
    if rootA == rootB { return }
    if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
    parent[rootB] = rootA
    size[rootA] += size[rootB]
  }
}
