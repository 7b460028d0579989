<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="livsviktig-report">
	<h2><liferay-ui:message key="the-years-figures" /></h2>

	<p class="text-secondary"><liferay-ui:message key="the-years-figures-help" /></p>
</clay:container-fluid>
