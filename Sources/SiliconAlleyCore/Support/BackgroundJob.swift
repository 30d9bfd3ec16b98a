import Foundation

/// Runs one piece of work on a thread of its own: `finished` looks without waiting,
/// `result` waits for it.
public final class BackgroundJob<T>: @unchecked Sendable {
    // `value` is written once by the thread, under `done`.
    private let done = NSCondition()
    private var value: T?

    public init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            let v = work()
            done.lock()
            value = v
            done.broadcast()
            done.unlock()
        }
        // Replay and the builds recurse little; a secondary thread's default stack is small.
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The result if the work is done, else nil.
    public var finished: T? {
        done.lock()
        defer { done.unlock() }
        return value
    }

    /// The result, waiting for the work if it is not done.
    public var result: T {
        done.lock()
        defer { done.unlock() }
        while value == nil { done.wait() }
        return value!
    }

    /// The result, waiting for it, handed over: the job keeps no reference, so the caller's
    /// copy is the only one and changes it in place (no copy of a large table). Once only.
    public func take() -> T {
        done.lock()
        defer { done.unlock() }
        while value == nil { done.wait() }
        defer { value = nil }
        return value!
    }
}
