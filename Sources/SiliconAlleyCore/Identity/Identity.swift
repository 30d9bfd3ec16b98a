#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is running this process: the OS login of the effective uid. Never an environment
/// variable — those are the user's to set, and the journal's actor must not be.
public enum Identity {
    public static func currentLogin() -> String {
        let uid = geteuid()
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(uid)"
    }
}
