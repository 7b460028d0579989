package se.livsviktig.training.constants;

/**
 * @author Livsviktig
 */
public class TrainingConstants {

	/**
	 * The root model resource that carries the app's top-level actions (see {@link TrainingActionKeys}).
	 */
	public static final String RESOURCE_NAME = "se.livsviktig.training";

	public static final String SERVICE_NAME = "se.livsviktig.training";

}
