package se.livsviktig.training.constants;

/**
 * Portlet IDs of the training app: the portlet class name with dots turned into underscores.
 *
 * @author Livsviktig
 */
public class TrainingPortletKeys {

	public static final String COURSE_CATALOG =
		"se_livsviktig_training_web_internal_portlet_CourseCatalogPortlet";

}
