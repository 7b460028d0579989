<%@ include file="/init.jsp" %>

<%
RevokeCertificationDisplayContext revokeCertificationDisplayContext = (RevokeCertificationDisplayContext)request.getAttribute(InstructorWebKeys.REVOKE_CERTIFICATION_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = revokeCertificationDisplayContext.getFieldErrors();

CertificationRow certificationRow = revokeCertificationDisplayContext.getCertification();

FieldError fieldError = revokeCertificationDisplayContext.getReasonError();

String formHolderName = Validator.isNotNull(certificationRow.getHolderName()) ? certificationRow.getHolderName() : LanguageUtil.get(request, "deleted-user");
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin livsviktig-revoke-certification">
	<h1><liferay-ui:message key="revoke-certification" /></h1>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<p>
		<liferay-ui:message arguments="<%= new Object[] {HtmlUtil.escape(formHolderName), HtmlUtil.escape(certificationRow.getTrainingMethodName()), HtmlUtil.escape(certificationRow.getNumber()), HtmlUtil.escape(certificationRow.getIssuer())} %>" key="revoking-the-certification-of-x-for-x-number-x-from-x" translateArguments="<%= false %>" />
	</p>

	<p class="text-secondary">
		<liferay-ui:message key="a-revoked-certification-stays-in-the-history-with-its-reason" />
	</p>

	<form action="<%= HtmlUtil.escapeHREF(revokeCertificationDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<clay:sheet>
			<clay:sheet-section>
				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />reason"><liferay-ui:message key="reason" /></label>

					<textarea <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "reasonError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />reason" maxlength="500" name="<portlet:namespace />reason" required rows="3"><%= HtmlUtil.escape(revokeCertificationDisplayContext.getReason()) %></textarea>

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-danger" type="submit"><liferay-ui:message key="revoke" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(revokeCertificationDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
