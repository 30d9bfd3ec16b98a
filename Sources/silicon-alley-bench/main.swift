// silicon-alley-bench: release-build benchmarks of the console.
//
//   silicon-alley-bench journal --journal PATH [--events N] [--appends K] [--generate] [--keep-work]
//   silicon-alley-bench tui     [--rows N] [--moves M]
//   silicon-alley-bench filter  [--enterprises N] [--repeats R]
//   silicon-alley-bench startup [--sizes 10000,100000,1000000] [--runs N] [--dir DIR]
//
// Each subcommand lives in its own file: JournalBench.swift, TUIBench.swift, FilterBench.swift,
// StartupBench.swift.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func usage() -> Never {
    printErr("""
    usage: silicon-alley-bench journal --journal PATH [--events N] [--appends K] [--generate] [--keep-work]
           silicon-alley-bench tui     [--rows N] [--moves M]
           silicon-alley-bench filter  [--enterprises N] [--repeats R]
           silicon-alley-bench startup [--sizes 10000,100000,1000000] [--runs N] [--dir DIR]
    (each with --help for its options)
    """)
    exit(2)
}

let argv = CommandLine.arguments
guard argv.count >= 2 else { usage() }
switch argv[1] {
case "journal":
    do { try journalBench(parseJournal(argv[2...])) } catch { die("\(error)") }
case "tui":
    tuiBench(parseTUI(argv[2...]))
case "filter":
    filterBench(parseFilter(argv[2...]))
case "startup":
    startupBench(parseStartup(argv[2...]))
case "-h", "--help", "help":
    usage()
default:
    printErr("unknown benchmark \(argv[1])")
    usage()
}
