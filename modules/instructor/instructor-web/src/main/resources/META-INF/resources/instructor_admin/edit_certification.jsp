<%@ include file="/init.jsp" %>

<%
CertificationFormDisplayContext certificationFormDisplayContext = (CertificationFormDisplayContext)request.getAttribute(InstructorWebKeys.CERTIFICATION_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = certificationFormDisplayContext.getFieldErrors();

CertificationRow renewed = certificationFormDisplayContext.getRenewed();

FieldError fieldError = null;

String formHolderName = ((renewed != null) && Validator.isNotNull(renewed.getHolderName())) ? renewed.getHolderName() : LanguageUtil.get(request, "deleted-user");
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin livsviktig-edit-certification">
	<h1><liferay-ui:message key="<%= certificationFormDisplayContext.getTitleKey() %>" /></h1>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<c:if test="<%= renewed != null %>">
		<p>
			<liferay-ui:message arguments="<%= new Object[] {HtmlUtil.escape(formHolderName), HtmlUtil.escape(renewed.getTrainingMethodName()), HtmlUtil.escape(renewed.getNumber()), HtmlUtil.escape(renewed.getIssuer())} %>" key="renewing-the-certification-of-x-for-x-number-x-from-x" translateArguments="<%= false %>" />
		</p>

		<p class="text-secondary">
			<liferay-ui:message key="a-renewal-is-a-new-certification-the-renewed-one-stays-in-the-history" />
		</p>
	</c:if>

	<form action="<%= HtmlUtil.escapeHREF(certificationFormDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<clay:sheet>
			<clay:sheet-section>
				<c:if test="<%= renewed == null %>">

					<%
					fieldError = certificationFormDisplayContext.getFieldError("holder");
					%>

					<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
						<label for="<portlet:namespace />holder"><liferay-ui:message key="holder-e-mail-address-or-screen-name" /></label>

						<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "holderError\" aria-invalid=\"true\"" : "" %> autocomplete="off" class="form-control" id="<portlet:namespace />holder" name="<portlet:namespace />holder" required type="text" value="<%= HtmlUtil.escapeAttribute(certificationFormDisplayContext.getValue("holder")) %>" />

						<%@ include file="/instructor_admin/field_error.jspf" %>
					</div>

					<%
					fieldError = certificationFormDisplayContext.getFieldError("trainingMethodId");
					%>

					<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
						<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

						<select <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "trainingMethodIdError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId" required>

							<%
							for (Option option : certificationFormDisplayContext.getTrainingMethodOptions()) {
							%>

								<option <%= option.isSelected() ? "selected" : "" %> value="<%= option.getValue().equals("0") ? "" : HtmlUtil.escapeAttribute(option.getValue()) %>"><%@ include file="/instructor_admin/option_label.jspf" %></option>

							<%
							}
							%>

						</select>

						<%@ include file="/instructor_admin/field_error.jspf" %>
					</div>
				</c:if>

				<%
				fieldError = certificationFormDisplayContext.getFieldError("certifiedDate");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />certifiedDate"><liferay-ui:message key="certified-date" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "certifiedDateError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />certifiedDate" name="<portlet:namespace />certifiedDate" required type="date" value="<%= HtmlUtil.escapeAttribute(certificationFormDisplayContext.getValue("certifiedDate")) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = certificationFormDisplayContext.getFieldError("validUntil");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />validUntil"><liferay-ui:message key="valid-until" /></label>

					<input aria-describedby="<portlet:namespace />validUntilHelp<%= (fieldError != null) ? " " + renderResponse.getNamespace() + "validUntilError" : "" %>" <%= (fieldError != null) ? "aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />validUntil" name="<portlet:namespace />validUntil" type="date" value="<%= HtmlUtil.escapeAttribute(certificationFormDisplayContext.getValue("validUntil")) %>" />

					<p class="form-text" id="<portlet:namespace />validUntilHelp"><liferay-ui:message key="leave-empty-when-the-certification-does-not-expire" /></p>

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = certificationFormDisplayContext.getFieldError("issuer");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />issuer"><liferay-ui:message key="issuer" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "issuerError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />issuer" maxlength="75" name="<portlet:namespace />issuer" required type="text" value="<%= HtmlUtil.escapeAttribute(certificationFormDisplayContext.getValue("issuer")) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = certificationFormDisplayContext.getFieldError("number");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />number"><liferay-ui:message key="number" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "numberError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />number" maxlength="75" name="<portlet:namespace />number" required type="text" value="<%= HtmlUtil.escapeAttribute(certificationFormDisplayContext.getValue("number")) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key='<%= (renewed == null) ? "add-certification" : "renew" %>' /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(certificationFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
