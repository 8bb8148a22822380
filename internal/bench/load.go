package bench

import (
	"context"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// result is what one scenario (a path at a concurrency) measured.
type result struct {
	requests int
	errors   int
	elapsed  time.Duration
	// latencies are sorted ascending.
	latencies []time.Duration
	// errorSamples counts each distinct error message.
	errorSamples map[string]int
}

// perSecond is the throughput.
func (r result) perSecond() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.requests) / r.elapsed.Seconds()
}

// percentile returns the latency at or below which a fraction p of the
// requests finished (nearest rank), in milliseconds.
func (r result) percentile(p float64) float64 {
	if len(r.latencies) == 0 {
		return math.NaN()
	}
	i := max(0, int(math.Ceil(p*float64(len(r.latencies))))-1)
	return float64(r.latencies[i]) / float64(time.Millisecond)
}

// run calls do with query indexes 0, 1, 2, ... (modulo n) from concurrency
// workers, until duration has passed or, if limit > 0, limit calls were
// made, and times every call.
func run(ctx context.Context, concurrency int, duration time.Duration, limit, n int, do func(ctx context.Context, i int) error) result {
	var (
		next     atomic.Int64
		mu       sync.Mutex
		wg       sync.WaitGroup
		res      = result{errorSamples: map[string]int{}}
		start    = time.Now()
		deadline = start.Add(duration)
	)
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			errs := map[string]int{}
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if (limit > 0 && i >= limit) || (limit <= 0 && time.Now().After(deadline)) {
					break
				}
				t0 := time.Now()
				err := do(ctx, i%n)
				lat = append(lat, time.Since(t0))
				if err != nil {
					errs[err.Error()]++
				}
			}
			mu.Lock()
			defer mu.Unlock()
			res.latencies = append(res.latencies, lat...)
			for e, c := range errs {
				res.errorSamples[e] += c
				res.errors += c
			}
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	res.requests = len(res.latencies)
	slices.Sort(res.latencies)
	return res
}

// memory is a reading of the process's memory.
type memory struct {
	// peakRSS is VmHWM: the peak resident set size since the last reset
	// (or since the process started, if resetting is not allowed).
	peakRSS int64
	// heapInuse is the Go heap in use (runtime.MemStats.HeapInuse).
	heapInuse uint64
	// reset says whether the peak was reset before the measured phase.
	reset bool
}

// resetPeak collects garbage, returns freed memory to the system and resets
// the process's peak RSS (writing 5 to /proc/self/clear_refs, Linux 4.0+),
// so that the next reading covers only what follows. It reports whether the
// reset worked.
func resetPeak() bool {
	runtime.GC()
	debug.FreeOSMemory()
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// readMemory reads VmHWM from /proc/self/status and the Go heap in use.
func readMemory(reset bool) memory {
	m := memory{peakRSS: -1, reset: reset}
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for line := range strings.Lines(string(b)) {
			if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				f := strings.Fields(rest) // "123456 kB"
				if len(f) > 0 {
					if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
						m.peakRSS = kb << 10
					}
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.heapInuse = ms.HeapInuse
	return m
}

// mib formats bytes as MiB.
func mib[T int64 | uint64](b T) string {
	if b < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
}
