#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The C library's functions PlekCore uses, imported here only: PlekCore uses no Foundation,
// and one import keeps the platform's names in one file. Inlined, so a hot loop calls the C
// function itself, with the same results to the last bit.

extension Double {
  /// The sine of the value (radians).
  @inline(__always) var sine: Double { sin(self) }
  /// The cosine of the value (radians).
  @inline(__always) var cosine: Double { cos(self) }
  /// The arc sine of the value, in radians.
  @inline(__always) var arcSine: Double { asin(self) }
  /// The natural logarithm of the value.
  @inline(__always) var naturalLogarithm: Double { log(self) }
}

/// What PlekCore asks of the system.
enum Platform {
  /// The processors online (at least 1).
  static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
