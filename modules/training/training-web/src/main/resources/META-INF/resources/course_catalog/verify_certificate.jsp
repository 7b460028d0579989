<%@ include file="/init.jsp" %>

<%
VerifyCertificateDisplayContext verifyCertificateDisplayContext = (VerifyCertificateDisplayContext)request.getAttribute(TrainingWebKeys.VERIFY_CERTIFICATE_DISPLAY_CONTEXT);
%>

<clay:container-fluid cssClass="livsviktig-verify-certificate">
	<h2><liferay-ui:message key="verify-a-course-certificate" /></h2>

	<c:if test="<%= verifyCertificateDisplayContext.isValid() %>">
		<clay:alert displayType="success">
			<liferay-ui:message key="the-certificate-is-valid" />
		</clay:alert>

		<table class="table table-autofit">
			<caption class="sr-only"><liferay-ui:message key="the-certificate-is-valid" /></caption>
			<tbody>
				<tr>
					<th scope="row"><liferay-ui:message key="certificate-participant" /></th>
					<td><%= HtmlUtil.escape(verifyCertificateDisplayContext.getVerifiedCertificate().getParticipantName()) %></td>
				</tr>
				<tr>
					<th scope="row"><liferay-ui:message key="certificate-training-method" /></th>
					<td><%= HtmlUtil.escape(verifyCertificateDisplayContext.getVerifiedCertificate().getTrainingMethodName()) %></td>
				</tr>
				<tr>
					<th scope="row"><liferay-ui:message key="certificate-completed-on" /></th>
					<td><%= HtmlUtil.escape(verifyCertificateDisplayContext.getCompletionDate()) %></td>
				</tr>
			</tbody>
		</table>
	</c:if>

	<c:if test="<%= verifyCertificateDisplayContext.isChecked() && !verifyCertificateDisplayContext.isValid() %>">
		<clay:alert displayType="danger">
			<liferay-ui:message key="no-valid-certificate-matches-this-number-and-code" />
		</clay:alert>
	</c:if>

	<form action="<%= HtmlUtil.escapeAttribute(verifyCertificateDisplayContext.getFormURL()) %>" method="post">
		<p class="text-secondary" id="<portlet:namespace />verifyHelp"><liferay-ui:message key="type-the-certificate-number-and-verification-code-as-printed" /></p>

		<div class="form-group">
			<label for="<portlet:namespace />number"><liferay-ui:message key="certificate-number" /></label>
			<input aria-describedby="<portlet:namespace />verifyHelp" autocomplete="off" class="form-control" id="<portlet:namespace />number" inputmode="numeric" name="<portlet:namespace />number" required type="text" value="<%= HtmlUtil.escapeAttribute(verifyCertificateDisplayContext.getNumber()) %>" />
		</div>

		<div class="form-group">
			<label for="<portlet:namespace />code"><liferay-ui:message key="verification-code" /></label>
			<input aria-describedby="<portlet:namespace />verifyHelp" autocapitalize="characters" autocomplete="off" class="form-control" id="<portlet:namespace />code" name="<portlet:namespace />code" required spellcheck="false" type="text" value="<%= HtmlUtil.escapeAttribute(verifyCertificateDisplayContext.getCode()) %>" />
		</div>

		<button class="btn btn-primary" type="submit"><liferay-ui:message key="verify-the-certificate" /></button>
	</form>
</clay:container-fluid>
