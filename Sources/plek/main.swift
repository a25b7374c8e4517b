import Foundation

// exit(3) flushes standard output's buffer.
exit(PlekCLI.run(CommandLine.arguments))
