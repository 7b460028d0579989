package se.livsviktig.platform.deploy.harness;

/**
 * What {@code build/deploy.sh} does with an app, said by each app's deploy-reading test: an app is deployed once it
 * is released (it can run in production on its own), and until then the script refuses it.
 *
 * @author Livsviktig
 */
public enum DeployScriptExpectation {

	DEPLOYS, REFUSES_UNTIL_RELEASED

}
