/// The five scanline filters of PNG filter method 0 (PNG specification, section 9.2). Each turns a byte
/// into its difference from a prediction made from the byte to the left (a), above (b) and above-left (c).
enum PNGRowFilter: UInt8, CaseIterable {
    case none = 0, sub, up, average, paeth

    /// Filtered scanlines (each led by its filter type) of an image whose rows are `width * bytesPerPixel`
    /// bytes, each row filtered with the filter whose output has the smallest sum of absolute values
    /// (bytes read as signed), the heuristic section 12.7 of the specification recommends.
    static func filterAdaptively(_ pixels: [UInt8], width: Int, height: Int, bytesPerPixel: Int) -> [UInt8] {
        let rowLength = width * bytesPerPixel
        var output = [UInt8](repeating: 0, count: (rowLength + 1) * height)
        var candidate = [UInt8](repeating: 0, count: rowLength)
        let zeros = [UInt8](repeating: 0, count: rowLength)
        pixels.withUnsafeBufferPointer { pixels in
            zeros.withUnsafeBufferPointer { zeros in
                for row in 0..<height {
                    let current = UnsafeBufferPointer(rebasing: pixels[(row * rowLength)..<((row + 1) * rowLength)])
                    let above = row == 0
                        ? zeros : UnsafeBufferPointer(rebasing: pixels[((row - 1) * rowLength)..<(row * rowLength)])
                    var bestScore = Int.max
                    let outputStart = row * (rowLength + 1)
                    for filter in allCases {
                        candidate.withUnsafeMutableBufferPointer { candidate in
                            filter.apply(current, above: above, bytesPerPixel: bytesPerPixel, into: candidate)
                        }
                        var score = 0
                        for byte in candidate { score += byte < 128 ? Int(byte) : 256 - Int(byte) }
                        if score < bestScore {
                            bestScore = score
                            output[outputStart] = filter.rawValue
                            output.replaceSubrange((outputStart + 1)...(outputStart + rowLength), with: candidate)
                        }
                    }
                }
            }
        }
        return output
    }

    /// Writes the filtered bytes of `row` into `output`; `above` is the previous row (zeros for the first).
    func apply(
        _ row: UnsafeBufferPointer<UInt8>, above: UnsafeBufferPointer<UInt8>, bytesPerPixel: Int,
        into output: UnsafeMutableBufferPointer<UInt8>
    ) {
        for index in 0..<row.count {
            let a = index >= bytesPerPixel ? row[index - bytesPerPixel] : 0
            let b = above[index]
            let c = index >= bytesPerPixel ? above[index - bytesPerPixel] : 0
            let prediction: UInt8
            switch self {
            case .none: prediction = 0
            case .sub: prediction = a
            case .up: prediction = b
            case .average: prediction = UInt8((Int(a) + Int(b)) / 2)
            case .paeth: prediction = Self.paethPredictor(a, b, c)
            }
            output[index] = row[index] &- prediction
        }
    }

    /// The neighbour (a, b or c, in that order of preference on ties) closest to a + b - c.
    static func paethPredictor(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let estimate = Int(a) + Int(b) - Int(c)
        let distanceA = abs(estimate - Int(a))
        let distanceB = abs(estimate - Int(b))
        let distanceC = abs(estimate - Int(c))
        if distanceA <= distanceB && distanceA <= distanceC { return a }
        return distanceB <= distanceC ? b : c
    }
}
