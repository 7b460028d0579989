package se.livsviktig.report.test.deploy;

import se.livsviktig.platform.deploy.harness.DeployReadingChecks;
import se.livsviktig.platform.deploy.harness.DeployScriptExpectation;

/**
 * T2d for the report app: what the portal reads from the built report jars at deploy time (resource actions through
 * portlet.properties, the Permissions screen's names in both languages, Language files), and that build/deploy.sh
 * deploys exactly its bundles, byte for byte (it is in released_apps).
 *
 * @author Livsviktig
 */
class ReportDeployReadingIT extends DeployReadingChecks {

	ReportDeployReadingIT() {
		super("report", DeployScriptExpectation.DEPLOYS);
	}

}
