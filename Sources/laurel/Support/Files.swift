import Foundation

/// File access for the CLI: bounded reads, and writes that never leave a half-written file behind.
enum Files {
    /// Reads a whole file, or standard input for "-", refusing more than `limit` bytes.
    static func read(_ path: String, limit: Int, what: String) throws(CLIError) -> [UInt8] {
        if path == "-" { return try readStandardInput(limit: limit, what: what) }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CLIError(.noInput, "\(what) \(path) does not exist")
        }
        guard !isDirectory.boolValue else { throw CLIError(.noInput, "\(what) \(path) is a folder, not a file") }
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw CLIError(.noInput, "cannot open \(what) \(path): \(error.localizedDescription)")
        }
        defer { try? handle.close() }
        return try readBounded(handle, limit: limit, what: "\(what) \(path)")
    }

    static func readStandardInput(limit: Int, what: String) throws(CLIError) -> [UInt8] {
        try readBounded(FileHandle.standardInput, limit: limit, what: "\(what) on standard input")
    }

    private static func readBounded(_ handle: FileHandle, limit: Int, what: String) throws(CLIError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 16) } catch {
                throw CLIError(.ioError, "cannot read \(what): \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > limit {
                throw CLIError(.dataError, "\(what) is larger than the limit of \(limit) bytes")
            }
        }
        return bytes
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so readers see
    /// the old file or the new one, never a torn one. `mode` applies from the first byte (0600 for keys).
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, overwrite: Bool = true) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError(.cannotCreate, "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        if !overwrite, FileManager.default.fileExists(atPath: url.path) {
            throw CLIError(.cannotCreate, "\(path) already exists; Laurel will not overwrite it")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw CLIError(.cannotCreate, "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if n < 0 { if errno == EINTR { continue }; return String(cString: strerror(errno)) }
                written += n
            }
            return fsync(fd) == 0 ? nil : String(cString: strerror(errno))
        }
        close(fd)
        if let failure {
            unlink(temporary)
            throw CLIError(.ioError, "cannot write \(path): \(failure)")
        }
        guard rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError(.ioError, "cannot move the new file into place at \(path): \(reason)")
        }
    }
}
