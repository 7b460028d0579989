package se.livsviktig.training.test.deploy;

import se.livsviktig.platform.deploy.harness.DeployReadingChecks;

/**
 * T2d for the training app: what the portal reads from the four built training jars at deploy time (resource
 * actions through portlet.properties, metatype and its labels, the settings category, Language files) and what
 * build/deploy.sh leaves in a LIFERAY_HOME. The checks live in the shared harness.
 *
 * @author Livsviktig
 */
class TrainingDeployReadingIT extends DeployReadingChecks {

	TrainingDeployReadingIT() {
		super("training");
	}

}
