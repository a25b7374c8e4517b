import Foundation

/// Runs a ``Service`` over standard input and output: one JSON-RPC message per line.
///
/// Standard output carries protocol messages only: the server keeps its own copy of file
/// descriptor 1 and points descriptor 1 at standard error, so that a stray `print` anywhere
/// cannot corrupt the protocol (sourcekit-lsp does the same). SIGPIPE is ignored: a client
/// that goes away ends the loop quietly. At end of input, or after `shutdown`, the requests
/// already read are finished and answered, output is flushed and the loop returns 0.
public enum StdioServer {
  /// Serves until end of input or `shutdown`; returns the exit status.
  public static func run(_ service: inout Service, input: Int32 = STDIN_FILENO) -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    let output = dup(STDOUT_FILENO)
    guard output >= 0 else {
      service.log("cannot duplicate standard output: errno \(errno)")
      return 1
    }
    defer { close(output) }
    // Descriptor 1 now goes to standard error; if that fails, a stray write to it could
    // corrupt the protocol, so the server does not start.
    guard dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
      service.log("cannot redirect standard output to standard error: errno \(errno)")
      return 1
    }
    return serve(&service, input: input, output: output)
  }

  /// The loop itself, over any two descriptors.
  public static func serve(_ service: inout Service, input: Int32, output: Int32) -> Int32 {
    var framer = LineFramer(maximumLineBytes: service.options.maximumMessageBytes)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var pending: [UInt8] = []
    pending.reserveCapacity(1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        service.log("reading standard input failed: errno \(errno)")
        break
      }
      let frames = count == 0 ? framer.finish() : framer.append(chunk[0..<count])
      for frame in frames {
        // Nothing after `shutdown` runs, not even lines read in the same chunk.
        if service.isShuttingDown { break }
        if let response = service.handle(frame) {
          pending.append(contentsOf: response)
          pending.append(0x0A)
        }
      }
      // Every mutation answered in `pending` is made durable before its answer is written;
      // if that fails, nothing is answered and the server stops.
      do {
        try service.commit()
      } catch {
        service.log("stopping: \(error); the answers of the last requests were not sent")
        return 1
      }
      // Flush before the next read may block: a client waiting for an answer gets it now.
      if !pending.isEmpty {
        guard write(pending, to: output) else {
          service.log("standard output closed by the client")
          break
        }
        pending.removeAll(keepingCapacity: true)
      }
      if count == 0 || service.isShuttingDown { break }
    }
    service.log("stopped after \(service.requestCount) requests, \(service.errorCount) errors")
    return 0
  }

  /// Writes all bytes, retrying after interrupts and partial writes; `false` if the reader is
  /// gone.
  static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    return bytes.withUnsafeBytes { buffer in
      while offset < buffer.count {
        let written = Foundation.write(
          descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }
}
