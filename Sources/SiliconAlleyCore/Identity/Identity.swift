#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is running this process: the OS login of the real uid. Never an environment
/// variable (USER, LOGNAME, SUDO_USER are the user's to set) and never the effective id
/// (a set-id binary runs with someone else's).
public enum Identity {
    public static func currentLogin() -> String {
        let uid = getuid()
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(uid)"
    }

    /// The real user's home directory from the password database (for the state directory
    /// when neither XDG_STATE_HOME nor HOME is set).
    public static func homeDirectory() -> String? {
        guard let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }
}
