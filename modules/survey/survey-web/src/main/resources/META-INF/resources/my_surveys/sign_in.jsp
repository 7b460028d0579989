<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="livsviktig-my-surveys">
	<h2><liferay-ui:message key="my-surveys" /></h2>

	<p><liferay-ui:message key="sign-in-to-see-the-surveys-waiting-for-your-answers" /></p>
</clay:container-fluid>
