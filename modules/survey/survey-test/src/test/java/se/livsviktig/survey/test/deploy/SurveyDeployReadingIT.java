package se.livsviktig.survey.test.deploy;

import se.livsviktig.platform.deploy.harness.DeployReadingChecks;
import se.livsviktig.platform.deploy.harness.DeployScriptExpectation;

/**
 * T2d for the survey app: what the portal reads from the built survey jars at deploy time (resource actions through
 * portlet.properties, the Permissions screen's names in both languages, the settings' metatype and labels, Language
 * files), and that build/deploy.sh deploys exactly its bundles, byte for byte, and its configuration files (it is
 * in released_apps).
 *
 * @author Livsviktig
 */
class SurveyDeployReadingIT extends DeployReadingChecks {

	SurveyDeployReadingIT() {
		super("survey", DeployScriptExpectation.DEPLOYS);
	}

}
