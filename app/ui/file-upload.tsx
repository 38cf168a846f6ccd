import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { Field, type FieldProps } from "./form-field";

export type FileUploadProps = Omit<ComponentPropsWithRef<"input">, "id" | "type"> & FieldProps;

/** GOV.UK file upload: label, hint, error message and a file input, in a form group. */
export function FileUpload({ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, className, ...rest }: FileUploadProps) {
  return (
    <Field {...{ id, label, hint, error, labelSize, isPageHeading, formGroupClassName }}>
      {(aria) => <input id={id} type="file" className={cx("govuk-file-upload", error && "govuk-file-upload--error", className)} {...aria} {...rest} />}
    </Field>
  );
}
