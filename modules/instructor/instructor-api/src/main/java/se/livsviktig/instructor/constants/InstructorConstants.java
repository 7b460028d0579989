package se.livsviktig.instructor.constants;

/**
 * @author Livsviktig
 */
public class InstructorConstants {

	/**
	 * The root model resource that carries the app's top-level actions (see {@link InstructorActionKeys}),
	 * checked in the company's group: certifications are the company's, like the training methods they are for.
	 */
	public static final String RESOURCE_NAME = "se.livsviktig.instructor";

}
