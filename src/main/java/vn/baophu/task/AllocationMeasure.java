package vn.baophu.task;

import java.util.List;
import java.util.Map;

/**
 * Measures target-allocation tasks against the figures that came in since they were allocated. The
 * allocation module implements it: the task module keeps what was allocated and shows the progress
 * with its tasks, without reading gap tables or figures itself.
 */
public interface AllocationMeasure {

	/** Per task id. */
	Map<Long, AllocationProgress> progress(List<AllocatedTask> tasks);
}
