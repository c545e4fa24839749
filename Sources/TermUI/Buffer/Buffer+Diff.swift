/// Comparing frames, so the runtime writes only what changed since the last flush.
extension Buffer {
    /// The runs of cells that differ from `previous`, row by row, left to right.
    ///
    /// When the sizes differ (after a resize) every row comes back as one run. A run never starts
    /// on the right half of a wide character: it then begins one column earlier, at the character.
    public func diff(from previous: Buffer) -> [CellRun] {
        guard previous.width == width, previous.height == height else {
            return (0..<height).map { y in
                CellRun(x: 0, y: y, cells: cells[(y * width)..<(y * width + width)])
            }
        }
        var runs: [CellRun] = []
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                for y in 0..<height {
                    let row = y * width
                    var start = -1
                    for x in 0..<width {
                        let index = row + x
                        if new[index] != old[index] {
                            if start < 0 {
                                start = new[index].isContinuation && x > 0 ? x - 1 : x
                            }
                        } else if start >= 0 {
                            runs.append(CellRun(x: start, y: y, cells: cells[(row + start)..<index]))
                            start = -1
                        }
                    }
                    if start >= 0 {
                        runs.append(CellRun(x: start, y: y, cells: cells[(row + start)..<(row + width)]))
                    }
                }
            }
        }
        return runs
    }
}
