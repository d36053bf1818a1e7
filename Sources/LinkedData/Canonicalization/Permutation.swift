/// Lexicographic permutations, for RDFC-1.0 §4.8.3 step 5.4 ("for each permutation of blank node list").
///
/// Starting from a sorted array, `advance` visits every distinct ordering once. A list may name one blank
/// node several times (one entry per mention); orderings that differ only in swapping equal entries give
/// the same path, so visiting each distinct ordering once gives the same result as visiting all of them.
enum Permutation {
    /// Rearranges `elements` into the next permutation in lexicographic order; returns false, leaving
    /// them sorted, after the last one.
    static func advance(_ elements: inout [Int]) -> Bool {
        guard elements.count > 1 else { return false }
        var pivot = elements.count - 2
        while pivot >= 0, elements[pivot] >= elements[pivot + 1] { pivot -= 1 }
        guard pivot >= 0 else {
            elements.reverse()
            return false
        }
        var successor = elements.count - 1
        while elements[successor] <= elements[pivot] { successor -= 1 }
        elements.swapAt(pivot, successor)
        elements[(pivot + 1)...].reverse()
        return true
    }

    /// How many distinct permutations `advance` visits for the sorted array `elements` (the multinomial
    /// coefficient of its runs of equal elements), or `cap` if there are at least that many.
    static func count(ofSorted elements: [Int], cap: Int) -> Int {
        var total = 1
        var placed = 0
        var runStart = 0
        while runStart < elements.count {
            var runEnd = runStart + 1
            while runEnd < elements.count, elements[runEnd] == elements[runStart] { runEnd += 1 }
            // Ways to place this run among the positions placed so far: C(placed + run, run).
            let run = runEnd - runStart
            for step in 1...run {
                let (product, overflow) = total.multipliedReportingOverflow(by: placed + step)
                guard !overflow else { return cap }
                total = product / step  // exact: product == step * (total * C(placed + step, step))
            }
            placed += run
            runStart = runEnd
            if total >= cap { return cap }
        }
        return min(total, cap)
    }
}
