// The C library, for every module: `import Base` is the one platform import (read(2),
// clock_gettime, opendir, …), so no other file carries its own `#if canImport` block.
#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Musl)
  @_exported import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif
