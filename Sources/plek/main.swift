import Foundation
import PlekIO

// Ctrl-C during a long batch or generate removes the partial output file.
StreamedOutput.removePartialFileOnInterrupt()

// exit(3) flushes standard output's buffer.
exit(PlekCLI.run(CommandLine.arguments))
