import Foundation

/// Runs one piece of work on a thread of its own; `result` waits for it.
final class BackgroundJob<T>: @unchecked Sendable {
    // `value` is written once by the thread, under `done`.
    private let done = NSCondition()
    private var value: T?

    init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            let v = work()
            done.lock()
            value = v
            done.broadcast()
            done.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    var result: T {
        done.lock()
        defer { done.unlock() }
        while value == nil { done.wait() }
        return value!
    }
}
