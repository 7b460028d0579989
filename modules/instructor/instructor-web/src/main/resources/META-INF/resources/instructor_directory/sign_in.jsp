<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="livsviktig-instructor-directory">
	<h2><liferay-ui:message key="instructor-directory" /></h2>

	<clay:alert displayType="info">
		<liferay-ui:message key="sign-in-to-see-the-instructor-directory" />
	</clay:alert>
</clay:container-fluid>
